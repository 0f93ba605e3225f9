package se.finsam.sus.deltagare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import se.finsam.sus.base.Identitetsnummer;
import se.finsam.sus.base.KrypteradKolumn;
import se.finsam.sus.base.Kryptering;
import se.finsam.sus.deltagare.DeltagarRegler.GiltigInskrivning;
import se.finsam.sus.organisation.InsatsFakta;

/**
 * A participation's recorded values in and out. In: a checked entry written into the participation with the
 * identity number encrypted and its keyed hash for look-up ({@link Kryptering}); a correction also writes the
 * correction history, one row per changed field with old and new value, where an identity number only ever
 * appears masked ({@link #MASKERAT}). Out: the records shown, with the identity number decrypted. Nothing here
 * checks scope or writes audit rows, the calling service does; everything runs in its transaction. A record: its
 * components are the collaborators Spring injects (nothing here needs a proxy).
 */
@Component
record DeltagarUppgifter(
        Kryptering kryptering, DeltagandeAndringRepository andringar, DeltagarAtkomst atkomst, Clock clock) {

    /**
     * The encrypted identity numbers: each is bound to its participation's row, so a value copied to another row
     * does not decrypt ({@link Kryptering}).
     */
    static final KrypteradKolumn KRYPTERAD_IDENTITET = new KrypteradKolumn("deltagande", "identitet_krypterad");

    /** Declares the column to {@link se.finsam.sus.base.Radbindning}, which binds values of earlier versions. */
    @Bean
    static KrypteradKolumn deltagandeIdentitet() {
        return KRYPTERAD_IDENTITET;
    }

    /** How an identity number appears in the correction history. */
    static final String MASKERAT = "********-****";

    private static final String IDENTITET = "identitetsnummer";

    // ---- identity numbers ----

    /** The keyed hash participations are looked up by. */
    String hash(Identitetsnummer id) {
        return kryptering.hmac(id.siffror());
    }

    /** Reads a typed number (as of today) and gives its keyed hash; a malformed number is refused. */
    String hash(String identitetsnummer) {
        return hash(Identitetsnummer.tolka(identitetsnummer, LocalDate.now(clock)));
    }

    // ---- in ----

    /**
     * A new participation in the insats with the checked entry, registered now by the user (not yet saved). Its
     * identity number is not encrypted yet: the encryption is bound to the row id, which the insert assigns; see
     * {@link #krypteraIdentitet}.
     */
    Deltagande ny(InsatsFakta insats, GiltigInskrivning g, String hash) {
        String anvandare = atkomst.anvandare();
        Deltagande d = new Deltagande(insats.id(), insats.organisationId(), clock.instant(), anvandare);
        satt(d, g, hash, anvandare);
        return d;
    }

    /**
     * Writes the identity number of a participation just inserted, encrypted bound to its new id; called in the
     * transaction of the insert, so that the row is never committed without it.
     */
    void krypteraIdentitet(Deltagande d, GiltigInskrivning g) {
        d.identitetKrypterad(kryptering.kryptera(g.identitet().siffror(), KRYPTERAD_IDENTITET, d.getId()));
    }

    /**
     * Corrects the entry and writes its history; a new identity number gets one masked row last. Returns the
     * names of the changed fields.
     */
    List<String> rattaInskrivning(Deltagande d, GiltigInskrivning g, String hash) {
        boolean nyIdentitet = !hash.equals(d.getIdentitetHash());
        List<String> falt = ratta(d, () -> satt(d, g, hash, null), DeltagarUppgifter::inskrivningsvarden);
        if (nyIdentitet) {
            andringar.save(new DeltagandeAndring(
                    d.getId(), clock.instant(), atkomst.anvandare(), IDENTITET, MASKERAT, MASKERAT));
            falt.add(IDENTITET);
        }
        return falt;
    }

    /** Corrects an earlier exit and writes its history; returns the names of the changed fields. */
    List<String> rattaUtskrivning(Deltagande d, Utskrivning u) {
        return ratta(
                d,
                () -> d.utskrivning(u.slutdatum(), u.anledning(), u.forsorjningVidSlut(), u.arbetssokande()),
                DeltagarUppgifter::utskrivningsvarden);
    }

    /** Every correction of the participation, newest first. */
    List<Andring> historik(long deltagandeId) {
        return andringar.findByDeltagandeIdOrderByIdDesc(deltagandeId).stream()
                .map(DeltagandeAndring::andring)
                .toList();
    }

    /** Deletes the participation's whole correction history (when consent is withdrawn). */
    void raderaHistorik(long deltagandeId) {
        andringar.raderaFor(deltagandeId);
    }

    private void satt(Deltagande d, GiltigInskrivning g, String hash, String samtyckeRegistreratAv) {
        if (!hash.equals(d.getIdentitetHash())) {
            // A new participation has no id yet: its number is encrypted after the insert (krypteraIdentitet).
            d.identitet(
                    d.getId() == null
                            ? null
                            : kryptering.kryptera(g.identitet().siffror(), KRYPTERAD_IDENTITET, d.getId()),
                    hash,
                    g.identitet().samordningsnummer());
        }
        d.inskrivning(g.startdatum(), g.profil(), g.behovsgrupper());
        d.samtycke(g.samtycke(), samtyckeRegistreratAv);
        d.forsorjningVidStart(g.forsorjning());
    }

    /** Applies the change and writes one history row per changed field; returns the names of the changed fields. */
    private List<String> ratta(Deltagande d, Runnable andring, Function<Deltagande, Map<String, String>> varden) {
        Map<String, String> fore = varden.apply(d);
        andring.run();
        List<String> andrade = new ArrayList<>();
        String vem = atkomst.anvandare();
        var nu = clock.instant();
        varden.apply(d).forEach((falt, nytt) -> {
            String gammalt = fore.get(falt);
            if (!Objects.equals(gammalt, nytt)) {
                andringar.save(new DeltagandeAndring(d.getId(), nu, vem, falt, gammalt, nytt));
                andrade.add(falt);
            }
        });
        return andrade;
    }

    private static Map<String, String> inskrivningsvarden(Deltagande d) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("startdatum", text(d.getStartdatum()));
        v.put("kon", text(d.profil().kon()));
        v.put("aldersgrupp", text(d.profil().aldersgrupp()));
        v.put("hemkommun", d.profil().hemkommun());
        v.put("behovsgrupper", String.valueOf(new TreeSet<>(d.behovsgrupper())));
        v.put("utbildningsniva", text(d.profil().utbildningsniva()));
        v.put("remitterande", text(d.profil().remitterande()));
        v.put("tidIUtanforskap", text(d.profil().tidIUtanforskap()));
        v.put("arbetssokandeStart", String.valueOf(d.profil().arbetssokande()));
        SamtyckeInfo s = d.samtyckeInfo();
        v.put("samtycke.datum", text(s.datum()));
        v.put("samtycke.informationsutbyte", String.valueOf(new TreeSet<>(s.informationsutbyte())));
        v.put("samtycke.registrering", String.valueOf(s.registrering()));
        forsorjningsvarden(v, "forsorjningVidStart", d.forsorjningVidStart());
        return v;
    }

    private static Map<String, String> utskrivningsvarden(Deltagande d) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("slutdatum", text(d.getSlutdatum()));
        v.put("avslutsanledning", text(d.getAvslutsanledning()));
        v.put("arbetssokandeSlut", text(d.getArbetssokandeSlut()));
        forsorjningsvarden(v, "forsorjningVidSlut", d.forsorjningVidSlut());
        return v;
    }

    private static void forsorjningsvarden(Map<String, String> v, String prefix, Forsorjning f) {
        v.put(prefix + ".kallor", f == null ? null : String.valueOf(new TreeSet<>(f.kallor())));
        v.put(prefix + ".timmarArbeteMedStod", f == null ? null : String.valueOf(f.timmarArbeteMedStod()));
        v.put(prefix + ".timmarArbeteUtanStod", f == null ? null : String.valueOf(f.timmarArbeteUtanStod()));
        v.put(prefix + ".timmarStudier", f == null ? null : String.valueOf(f.timmarStudier()));
        v.put(prefix + ".timmarEgetForetag", f == null ? null : String.valueOf(f.timmarEgetForetag()));
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    // ---- out ----

    /**
     * The number formatted {@code YYYYMMDD-NNNN}, or null for a row anonymised by an earlier version. A value that
     * is not this row's (copied from another row, altered, or unbound) is refused by {@link Kryptering}; a look-up
     * hash that is not this number's (copied from another row, so that a search would find this row for another
     * person) is refused here. Neither message holds the number.
     */
    private String identitet(Deltagande d) {
        return identitet(d.getId(), d.getIdentitetKrypterad(), d.getIdentitetHash());
    }

    private String identitet(long id, String krypterad, String hash) {
        if (krypterad == null) {
            return null;
        }
        String siffror = kryptering.dekryptera(krypterad, KRYPTERAD_IDENTITET, id);
        if (!kryptering.hmac(siffror).equals(hash)) {
            throw new IllegalStateException(
                    "The look-up hash of " + KRYPTERAD_IDENTITET + " row " + id + " is not its identity number's");
        }
        return siffror.substring(0, 8) + "-" + siffror.substring(8);
    }

    DeltagandeRad rad(DeltagandeRadvarden v) {
        return new DeltagandeRad(
                v.id(),
                v.insatsId(),
                identitet(v.id(), v.identitetKrypterad(), v.identitetHash()),
                v.kon(),
                v.aldersgrupp(),
                v.startdatum(),
                v.slutdatum(),
                v.avslutsanledning());
    }

    DeltagandeRad rad(Deltagande d) {
        return new DeltagandeRad(
                d.getId(),
                d.getInsatsId(),
                identitet(d),
                d.profil().kon(),
                d.profil().aldersgrupp(),
                d.getStartdatum(),
                d.getSlutdatum(),
                d.getAvslutsanledning());
    }

    DeltagandeDetalj detalj(Deltagande d, String insatsNamn) {
        return new DeltagandeDetalj(
                d.getId(),
                d.getVersion(),
                d.getInsatsId(),
                insatsNamn,
                d.getOrganisationId(),
                identitet(d),
                d.isSamordningsnummer(),
                d.profil(),
                d.behovsgrupper(),
                d.samtyckeInfo(),
                d.getStartdatum(),
                d.forsorjningVidStart(),
                d.getSlutdatum(),
                d.getAvslutsanledning(),
                d.forsorjningVidSlut(),
                d.getArbetssokandeSlut(),
                d.isAnonymiserad());
    }
}
