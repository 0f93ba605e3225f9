package se.finsam.sus.rapport;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import se.finsam.sus.base.Oversattningar;
import se.finsam.sus.base.SqlVillkor;
import se.finsam.sus.deltagare.DeltagandeFlode;

/**
 * What a family's queries are built from: the selection, the reader's scope as SQL, the unit and the filters, and
 * the period as {@code :fran} / {@code :till}. Every query starts from {@link #insatser()}, the insatser of the unit
 * that the reader may read and the filters keep, each with the key of the unit it is compared under — so scope and
 * unit are inside every query by construction (docs/rapporter.md, "Selection").
 */
public final class Rapportfraga {

    /** A unit one level down, for "compare": its key (as {@link #insatser()} gives it) and its name. */
    public record Jamforelseenhet(String nyckel, String namn) {}

    /** The key every insats has when the report is not split into units. */
    public static final String ALLA = "ALLA";

    private final NamedParameterJdbcTemplate jdbc;
    private final Rapporturval urval;
    private final SqlVillkor omfattning;
    private final Locale locale;

    Rapportfraga(NamedParameterJdbcTemplate jdbc, Rapporturval urval, SqlVillkor omfattning, Locale locale) {
        this.jdbc = jdbc;
        this.urval = urval;
        this.omfattning = omfattning;
        this.locale = locale;
    }

    public NamedParameterJdbcTemplate jdbc() {
        return jdbc;
    }

    public Rapporturval urval() {
        return urval;
    }

    public LocalDate fran() {
        return urval.period().fran();
    }

    public LocalDate till() {
        return urval.period().till();
    }

    public Locale locale() {
        return locale;
    }

    /** The same question for another period (e.g. the previous year), with the same scope and unit. */
    public Rapportfraga medPeriod(Period period) {
        return new Rapportfraga(jdbc, urval.medPeriod(period), omfattning, locale);
    }

    /** Is the report split into the units one level down? (Never below an insats.) */
    public boolean jamfor() {
        return urval.jamfor() && urval.enhet().niva() != Niva.INSATS;
    }

    /** A message in the reader's language, for row labels and column headings. */
    public String text(String nyckel, Object... argument) {
        return Oversattningar.text(locale, nyckel, argument);
    }

    /** Fresh parameters: {@code :fran}, {@code :till}, the scope's, the unit's and the filters'. */
    public MapSqlParameterSource parametrar() {
        MapSqlParameterSource p = new MapSqlParameterSource();
        p.addValue("fran", fran());
        p.addValue("till", till());
        p.addValue("fran_manad", DeltagandeFlode.manad(fran()));
        p.addValue("till_manad", DeltagandeFlode.manad(till()));
        villkor().parametrar().forEach(p::addValue);
        return p;
    }

    /**
     * A derived table {@code (insats_id, enhet)}: the insatser of the unit inside the reader's scope that pass the
     * filters, whatever their dates; {@code enhet} is the key of the compared unit ({@link #ALLA} when not
     * compared). Compared by län, an insats of a förbund in two län has a row under each; totals come from
     * {@link #insatserTotalt()}, where it has one.
     */
    public String insatser() {
        return insatser(jamfor());
    }

    /** As {@link #insatser()}, never split: one row per insats, for totals. */
    public String insatserTotalt() {
        return insatser(false);
    }

    private String insatser(boolean uppdelad) {
        Niva under = urval.enhet().niva().under();
        boolean perLan = uppdelad && under == Niva.LAN;
        String nyckel = !uppdelad
                ? "'" + ALLA + "'"
                : switch (under) {
                    case LAN -> "fl.lan_kod";
                    case FORBUND -> "i.organisation_id";
                    default -> "i.id";
                };
        return "select i.id as insats_id, " + nyckel + " as enhet from insats i"
                + " join samverkansorganisation o on o.id = i.organisation_id"
                + (perLan ? " join forbund_lan fl on fl.organisation_id = i.organisation_id" : "")
                + " where " + villkor().sql();
    }

    /**
     * The join of participations ({@code deltagande_rapport d}) to the report's insatser as {@code u} (with the
     * compared unit's key {@code u.enhet} when {@code uppdelad}). Empty when every insats counts and nothing is
     * compared (riket, no filter, a reader who may read riket): every participation belongs to an insats, and without
     * the join MariaDB reads the participations of the period straight from the date index, as a hand-written
     * count would (docs/performance.md, "Deltagarrapport").
     */
    public String deltagandensInsatser(boolean uppdelad) {
        if (!uppdelad && allaInsatser()) {
            return "";
        }
        return " join (" + insatser(uppdelad) + ") u on u.insats_id = d.insats_id";
    }

    /** Every insats of the country counts: riket, no filter, and a scope that restricts nothing. */
    boolean allaInsatser() {
        return urval.enhet().niva() == Niva.RIKET
                && urval.finansieringsform() == null
                && urval.inriktning() == null
                && urval.malgrupp() == null
                && SqlVillkor.SANT.equals(omfattning);
    }

    /** The insats is active in the period: {@code alias} is an insats row. */
    public static String aktivInsats(String alias) {
        return overlappar(alias);
    }

    /** The participation counts in the period: {@code alias} is a {@code deltagande_rapport} row. */
    public static String raknasDeltagande(String alias) {
        return overlappar(alias);
    }

    /**
     * A derived table {@code (insats_id, kvinnor, man, ovriga)}: per insats of {@code insatsIdn} (a query of insats
     * ids), the participations that count in the period ({@link #raknasDeltagande}), by kön. A period of whole
     * months is read from the stored monthly sums (deltagande_flode: started up to its end minus ended before its
     * start, the same participations); other periods are counted in deltagande_rapport.
     */
    public String deltagandenPerInsats(String insatsIdn) {
        if (helaManader()) {
            // Started up to till = total - started after till; ended before fran = total - ended from fran on.
            StringBuilder sql = new StringBuilder("select f.insats_id");
            for (String[] kon : new String[][] {{"kvinnor", "kvinnor"}, {"man", "man"}, {"annat", "ovriga"}}) {
                String start = "f.startade_" + kon[0];
                String slut = "f.avslutade_" + kon[0];
                sql.append(", sum(case when f.manad = ")
                        .append(DeltagandeFlode.TOTALT)
                        .append(" then ")
                        .append(start)
                        .append(" - ")
                        .append(slut)
                        .append(" when f.manad > :till_manad then -")
                        .append(start)
                        .append(" else 0 end) + sum(case when f.manad >= :fran_manad then ")
                        .append(slut)
                        .append(" else 0 end) as ")
                        .append(kon[1]);
            }
            return sql.append(" from deltagande_flode f where (f.manad = ")
                    .append(DeltagandeFlode.TOTALT)
                    .append(" or f.manad >= :fran_manad) and f.insats_id in (")
                    .append(insatsIdn)
                    .append(") group by f.insats_id")
                    .toString();
        }
        return "select d.insats_id,"
                + " sum(case when d.kon = 'KVINNA' then 1 else 0 end) as kvinnor,"
                + " sum(case when d.kon = 'MAN' then 1 else 0 end) as man,"
                + " sum(case when d.kon = 'KVINNA' or d.kon = 'MAN' then 0 else 1 end) as ovriga"
                + " from deltagande_rapport d where " + raknasDeltagande("d") + " and d.insats_id in (" + insatsIdn
                + ") group by d.insats_id";
    }

    /** The period starts on the first of a month and ends on the last day of a month. */
    boolean helaManader() {
        return fran().getDayOfMonth() == 1 && till().getDayOfMonth() == till().lengthOfMonth();
    }

    private static String overlappar(String alias) {
        return alias + ".startdatum <= :till and (" + alias + ".slutdatum is null or " + alias + ".slutdatum >= :fran)";
    }

    /** The units compared, by name; empty when not compared. Units without any insats in scope are left out. */
    public List<Jamforelseenhet> jamforelseenheter() {
        if (!jamfor()) {
            return List.of();
        }
        String namn = switch (urval.enhet().niva().under()) {
            case LAN -> "select kod as nyckel, namn from lan";
            case FORBUND -> "select id as nyckel, namn from samverkansorganisation";
            default -> "select id as nyckel, namn from insats";
        };
        return jdbc.query(
                "select distinct n.nyckel, n.namn from (" + insatser() + ") u join (" + namn
                        + ") n on n.nyckel = u.enhet order by n.namn",
                parametrar(),
                (rs, i) -> new Jamforelseenhet(rs.getString(1), rs.getString(2)));
    }

    /** The scope, the unit and the filters, as one condition on {@code i} (insats) and {@code o} (förbund). */
    private SqlVillkor villkor() {
        Map<String, Object> p = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder();
        Enhet enhet = urval.enhet();
        switch (enhet.niva()) {
            case RIKET -> sql.append("1 = 1");
            case LAN -> {
                sql.append("i.organisation_id in (select e_fl.organisation_id from forbund_lan e_fl"
                        + " where e_fl.lan_kod = :enhet_lan)");
                p.put("enhet_lan", enhet.kod());
            }
            case FORBUND -> {
                sql.append("i.organisation_id = :enhet_id");
                p.put("enhet_id", enhet.id());
            }
            case INSATS -> {
                sql.append("i.id = :enhet_id");
                p.put("enhet_id", enhet.id());
            }
        }
        if (urval.finansieringsform() != null) {
            sql.append(" and o.finansieringsform = :finansieringsform");
            p.put("finansieringsform", urval.finansieringsform().name());
        }
        if (urval.inriktning() != null) {
            sql.append(" and i.inriktning = :inriktning");
            p.put("inriktning", urval.inriktning().name());
        }
        if (urval.malgrupp() != null) {
            sql.append(" and exists (select 1 from insats_malgrupp f_m where f_m.insats_id = i.id"
                    + " and f_m.malgrupp = :malgrupp)");
            p.put("malgrupp", urval.malgrupp().name());
        }
        return omfattning.och(new SqlVillkor(sql.toString(), p));
    }
}
