package se.finsam.sus.deltagare;

import java.time.LocalDate;
import java.util.Set;

/**
 * Valid participant input for tests outside this package (the scope matrix). Test persons are born in 1950, apart
 * from the demo data (1960–2005) and {@code DeltagareServiceTest} (1955), with individual numbers in the 98x/99x
 * test series, so the numbers are clearly fake and never collide with other tests' participations.
 */
public final class TestDeltagare {

    private TestDeltagare() {}

    /** The {@code n}-th test person's personnummer (twelve digits, valid check digit); {@code n} from 0 to 7299. */
    public static String personnummer(int n) {
        LocalDate fodd = LocalDate.of(1950, 1, 1).plusDays(n % 365);
        return SyntetiskaDeltagare.personnummer(1950, fodd.getMonthValue(), fodd.getDayOfMonth(), 980 + n / 365);
    }

    /**
     * The {@code n}-th test person of working age (born 2008, so 16–64 now and for decades: the registration form
     * asks for a confirmation outside that range; no other test or the demo data uses the year), {@code n} from 0
     * to 7299.
     */
    public static String personnummerIArbetsforAlder(int n) {
        LocalDate fodd = LocalDate.of(2008, 1, 1).plusDays(n % 365);
        return SyntetiskaDeltagare.personnummer(2008, fodd.getMonthValue(), fodd.getDayOfMonth(), 980 + n / 365);
    }

    /**
     * An entry that passes every rule: consent to registration, one source of support. {@code hemkommun} should lie
     * in the area of the insats's förbund, as real participants' do (DemoDeltagareTest checks the whole table).
     */
    public static Inskrivning inskrivning(String personnummer, LocalDate start, String hemkommun) {
        return new Inskrivning(
                personnummer,
                start,
                new Samtycke(start, Set.of(Myndighet.FORSAKRINGSKASSAN), true),
                null,
                hemkommun,
                Set.of(Behovsgrupp.LANGTIDSSJUKSKRIVNA),
                null,
                Myndighet.FORSAKRINGSKASSAN,
                TidIUtanforskap.AR_1_2,
                false,
                new Forsorjning(Set.of(Forsorjningskalla.SJUKPENNING), 0, 0, 0, 0));
    }

    /** An exit that passes every rule (to work, wages at exit). */
    public static Utskrivning utskrivning(LocalDate slut) {
        return new Utskrivning(
                slut, Avslutsanledning.ARBETE, new Forsorjning(Set.of(Forsorjningskalla.LON), 0, 40, 0, 0), false);
    }

    /**
     * The demo handläggare's first open individual insats of Norra Stockholm that began at least 60 days before
     * {@code idag}: other test classes add insatser (some count-only or ended) with the handläggare's uppdrag, so a
     * test that registers picks one where registration is possible.
     */
    public static long oppenInsatsINorraStockholm(DeltagarInsatser insatser, LocalDate idag) {
        return insatser.minaInsatser().stream()
                .filter(i -> i.organisationNamn().equals("Samordningsförbundet Norra Stockholm") && i.individuell())
                .filter(i -> !i.startdatum().isAfter(idag.minusDays(60)))
                .filter(i -> i.slutdatum() == null || i.slutdatum().isAfter(idag))
                .findFirst()
                .map(se.finsam.sus.organisation.InsatsFakta::id)
                .orElseThrow();
    }
}
