package se.finsam.sus.deltagare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import se.finsam.sus.base.Identitetsnummer;
import se.finsam.sus.base.Kon;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.geografi.GeografiService;
import se.finsam.sus.organisation.Inriktning;
import se.finsam.sus.organisation.InsatsFakta;

/**
 * The rules for entry, exit and försörjning. Each broken rule has its own key {@code deltagare.fel.*}, so that the
 * form can point at the field; rules are checked in the order the form shows the fields, consent first. The static
 * rules are pure; the instance methods add what they need from outside: today's date, the kommun register and the
 * person's other participations in the insats (no overlapping periods). A record: its components are the
 * collaborators Spring injects (nothing here needs a proxy).
 */
@Component
record DeltagarRegler(DeltagandeRepository deltaganden, GeografiService geografi, Clock clock) {

    /** The end of an open period, for overlap checks. */
    private static final LocalDate OPPET_SLUT = LocalDate.of(9999, 12, 31);

    /** An entry that passed every rule, with the identity number read and kön decided. */
    record GiltigInskrivning(
            Identitetsnummer identitet,
            LocalDate startdatum,
            Samtycke samtycke,
            Deltagarprofil profil,
            Set<Behovsgrupp> behovsgrupper,
            Forsorjning forsorjning) {}

    LocalDate idag() {
        return LocalDate.now(clock);
    }

    /** The entry's rules as of today, with the kommun looked up in the register. */
    GiltigInskrivning inskrivning(Inskrivning in, InsatsFakta insats) {
        return inskrivning(in, insats, idag(), kod -> geografi.kommun(kod).isPresent());
    }

    /**
     * The exit's rules as of today; the period up to the exit must not overlap another participation of the same
     * person in the insats (a felregistrering needs no such check: it never took place).
     */
    void utskrivning(Utskrivning ut, Deltagande d, InsatsFakta insats) {
        utskrivning(ut, d.getStartdatum(), insats, idag());
        if (ut.anledning() != Avslutsanledning.FELREGISTRERING) {
            ingenOverlapp(d.getInsatsId(), d.getIdentitetHash(), d.getId(), d.getStartdatum(), ut.slutdatum());
        }
    }

    /**
     * No other participation ({@code utom} aside; -1 for none) of the person with {@code hash} in the insats
     * overlaps {@code start..slut} ({@code slut} null: open); felregistrerade ones do not count.
     */
    void ingenOverlapp(long insatsId, String hash, long utom, LocalDate start, LocalDate slut) {
        if (deltaganden.overlappar(insatsId, hash, utom, start, slut == null ? OPPET_SLUT : slut)) {
            throw new ValideringsException("deltagare.fel.overlapp");
        }
    }

    /** Participants are registered one by one only in individinriktade insatser followed per individ. */
    static void individuellInsats(InsatsFakta insats) {
        if (insats.inriktning() != Inriktning.INDIVIDINRIKTAD) {
            throw new ValideringsException("deltagare.fel.insats-ej-individinriktad");
        }
        if (!insats.individuell()) {
            throw new ValideringsException("deltagare.fel.insats-endast-antal");
        }
    }

    static GiltigInskrivning inskrivning(
            Inskrivning in, InsatsFakta insats, LocalDate idag, Predicate<String> kommunFinns) {
        samtycke(in.samtycke(), idag);
        Identitetsnummer id = Identitetsnummer.tolka(in.identitetsnummer(), idag);
        LocalDate start = in.startdatum();
        if (start == null) {
            throw new ValideringsException("deltagare.fel.startdatum-saknas");
        }
        if (start.isAfter(idag)) {
            throw new ValideringsException("deltagare.fel.startdatum-framtid");
        }
        if (!insats.omfattar(start)) {
            throw new ValideringsException("deltagare.fel.startdatum-utanfor-insats");
        }
        if (start.isBefore(id.fodelsedatum())) {
            throw new ValideringsException("deltagare.fel.startdatum-fore-fodelse");
        }
        String kommun = in.hemkommun() == null ? "" : in.hemkommun().strip();
        if (kommun.isEmpty()) {
            throw new ValideringsException("deltagare.fel.hemkommun-saknas");
        }
        if (!kommun.matches("\\d{4}") || !kommunFinns.test(kommun)) {
            throw new ValideringsException("deltagare.fel.hemkommun-okand");
        }
        if (in.remitterande() == null) {
            throw new ValideringsException("deltagare.fel.remitterande-saknas");
        }
        if (in.tidIUtanforskap() == null) {
            throw new ValideringsException("deltagare.fel.tid-i-utanforskap-saknas");
        }
        forsorjning(in.forsorjningVidStart());
        Kon kon = in.kon() == null ? id.kon() : in.kon();
        return new GiltigInskrivning(
                id,
                start,
                in.samtycke(),
                new Deltagarprofil(
                        kon,
                        Aldersgrupp.vid(id.fodelsedatum(), start),
                        kommun,
                        in.utbildningsniva(),
                        in.remitterande(),
                        in.tidIUtanforskap(),
                        in.arbetssokande()),
                in.behovsgrupper(),
                in.forsorjningVidStart());
    }

    /** Consent to registration is required; without it only anonymous counts may be kept. */
    static void samtycke(Samtycke s, LocalDate idag) {
        if (s == null) {
            throw new ValideringsException("deltagare.fel.samtycke-saknas");
        }
        if (!s.registrering()) {
            throw new ValideringsException("deltagare.fel.samtycke-registrering");
        }
        if (s.datum() == null) {
            throw new ValideringsException("deltagare.fel.samtycke-datum-saknas");
        }
        if (s.datum().isAfter(idag)) {
            throw new ValideringsException("deltagare.fel.samtycke-datum-framtid");
        }
        if (s.informationsutbyte().contains(Myndighet.ANNAN)) {
            throw new ValideringsException("deltagare.fel.samtycke-myndighet");
        }
    }

    static void utskrivning(Utskrivning ut, LocalDate start, InsatsFakta insats, LocalDate idag) {
        if (ut == null || ut.slutdatum() == null) {
            throw new ValideringsException("deltagare.fel.slutdatum-saknas");
        }
        if (ut.slutdatum().isBefore(start)) {
            throw new ValideringsException("deltagare.fel.slutdatum-fore-start");
        }
        if (ut.slutdatum().isAfter(idag)) {
            throw new ValideringsException("deltagare.fel.slutdatum-framtid");
        }
        if (insats.slutdatum() != null && ut.slutdatum().isAfter(insats.slutdatum())) {
            throw new ValideringsException("deltagare.fel.slutdatum-efter-insats");
        }
        if (ut.anledning() == null) {
            throw new ValideringsException("deltagare.fel.avslutsanledning-saknas");
        }
        // A felregistrering needs no försörjning at exit: the participation never really took place.
        if (ut.anledning() != Avslutsanledning.FELREGISTRERING || ut.forsorjningVidSlut() != null) {
            forsorjning(ut.forsorjningVidSlut());
        }
    }

    static void forsorjning(Forsorjning f) {
        if (f == null || f.kallor().isEmpty()) {
            throw new ValideringsException("deltagare.fel.forsorjning-saknas");
        }
        if (f.kallor().contains(Forsorjningskalla.INGEN) && f.kallor().size() > 1) {
            throw new ValideringsException("deltagare.fel.forsorjning-ingen-med-annan");
        }
        timmar(f.timmarArbeteMedStod(), "deltagare.fel.timmar-arbete-med-stod");
        timmar(f.timmarArbeteUtanStod(), "deltagare.fel.timmar-arbete-utan-stod");
        timmar(f.timmarStudier(), "deltagare.fel.timmar-studier");
        timmar(f.timmarEgetForetag(), "deltagare.fel.timmar-eget-foretag");
    }

    private static void timmar(int timmar, String nyckel) {
        if (timmar < 0 || timmar > Forsorjning.MAX_TIMMAR) {
            throw new ValideringsException(nyckel, Forsorjning.MAX_TIMMAR);
        }
    }
}
