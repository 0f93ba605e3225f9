package se.finsam.sus.behorighet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.finsam.sus.base.SqlVillkor;

/**
 * What a user may read in reports: the whole country, some län, some förbund and/or some insatser. A rapportläsare
 * gets it from their uppdrag; a samverkansadministratör or insatsansvarig from theirs (their own förbund and
 * insatser); a systemadministratör reads riket. Report queries put {@link #villkor} into their WHERE clause; an empty
 * scope reads nothing.
 */
public record RapportOmfattning(boolean riket, Set<String> lanKoder, Set<Long> organisationIds, Set<Long> insatsIds) {

    public static final RapportOmfattning INGEN = new RapportOmfattning(false, Set.of(), Set.of(), Set.of());

    public RapportOmfattning {
        lanKoder = Set.copyOf(lanKoder);
        organisationIds = Set.copyOf(organisationIds);
        insatsIds = Set.copyOf(insatsIds);
    }

    public RapportOmfattning(boolean riket, Set<String> lanKoder, Set<Long> organisationIds) {
        this(riket, lanKoder, organisationIds, Set.of());
    }

    public boolean arTom() {
        return !riket && lanKoder.isEmpty() && organisationIds.isEmpty() && insatsIds.isEmpty();
    }

    public boolean omfattarLan(String lanKod) {
        return riket || lanKoder.contains(lanKod);
    }

    /** A förbund is readable when named, or when it belongs to a readable län (see the view {@code forbund_lan}). */
    public boolean omfattarOrganisation(long organisationId, Set<String> organisationensLan) {
        return riket
                || organisationIds.contains(organisationId)
                || organisationensLan.stream().anyMatch(lanKoder::contains);
    }

    /**
     * The scope as a condition on an insats row: {@code insats} is the alias of the {@code insats} table in the
     * caller's query. Parameters are prefixed {@code omf_}.
     */
    public SqlVillkor villkor(String insats) {
        if (riket) {
            return SqlVillkor.SANT;
        }
        List<String> delar = new ArrayList<>();
        Map<String, Object> parametrar = new LinkedHashMap<>();
        if (!lanKoder.isEmpty()) {
            delar.add(insats + ".organisation_id in (select omf_fl.organisation_id from forbund_lan omf_fl"
                    + " where omf_fl.lan_kod in (:omf_lan))");
            parametrar.put("omf_lan", lanKoder);
        }
        if (!organisationIds.isEmpty()) {
            delar.add(insats + ".organisation_id in (:omf_org)");
            parametrar.put("omf_org", organisationIds);
        }
        if (!insatsIds.isEmpty()) {
            delar.add(insats + ".id in (:omf_insats)");
            parametrar.put("omf_insats", insatsIds);
        }
        return delar.isEmpty() ? SqlVillkor.FALSKT : new SqlVillkor(String.join(" or ", delar), parametrar);
    }

    /**
     * The förbund a reader may choose as a unit, as a condition on a {@code samverkansorganisation} row (alias
     * {@code forbund}): named in the scope, or belonging to a län in the scope. Insats uppdrag do not open their
     * förbund. Parameters are prefixed {@code omf_}.
     */
    public SqlVillkor forbundsvillkor(String forbund) {
        if (riket) {
            return SqlVillkor.SANT;
        }
        List<String> delar = new ArrayList<>();
        Map<String, Object> parametrar = new LinkedHashMap<>();
        if (!organisationIds.isEmpty()) {
            delar.add(forbund + ".id in (:omf_org)");
            parametrar.put("omf_org", organisationIds);
        }
        if (!lanKoder.isEmpty()) {
            delar.add(forbund + ".id in (select omf_fl.organisation_id from forbund_lan omf_fl"
                    + " where omf_fl.lan_kod in (:omf_lan))");
            parametrar.put("omf_lan", lanKoder);
        }
        return delar.isEmpty() ? SqlVillkor.FALSKT : new SqlVillkor(String.join(" or ", delar), parametrar);
    }
}
