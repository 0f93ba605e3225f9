package se.finsam.sus.deltagare.ui;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import se.finsam.sus.base.Roll;
import se.finsam.sus.behorighet.UppdragAdministration;
import se.finsam.sus.organisation.Inriktning;
import se.finsam.sus.organisation.InsatsService;
import se.finsam.sus.organisation.InsatsUppgifter;
import se.finsam.sus.organisation.OrganisationFilter;
import se.finsam.sus.organisation.OrganisationService;
import se.finsam.sus.organisation.PreciseradInriktning;
import se.finsam.sus.organisation.Uppfoljningsmetod;

/** Insatser for the participant view tests, created as the demo insatsansvarig (who must be logged in). */
final class DeltagarTestdata {

    /** Upplands Väsby, in the area of Norra Stockholm (demo data checks that home kommuner lie in the area). */
    static final String HEMKOMMUN = "0114";

    private DeltagarTestdata() {}

    /** A new individinriktad insats of the demo förbund Norra Stockholm, started 2024. */
    static long nyInsats(OrganisationService organisationer, InsatsService insatser, Uppfoljningsmetod metod) {
        long org = organisationer
                .sok(new OrganisationFilter("Norra Stockholm", null, null), PageRequest.of(0, 1))
                .findFirst()
                .orElseThrow()
                .id();
        return insatser.skapa(
                org,
                new InsatsUppgifter(
                        "Deltagarvy " + UUID.randomUUID().toString().substring(0, 8),
                        null,
                        LocalDate.of(2024, 1, 1),
                        null,
                        Inriktning.INDIVIDINRIKTAD,
                        PreciseradInriktning.FORBEREDANDE,
                        Set.of(),
                        true,
                        false,
                        false,
                        metod,
                        false));
    }

    /** The demo handläggare becomes deltagaransvarig in the insats, from yesterday for six months. */
    static void handlaggareI(UppdragAdministration uppdrag, long insatsId) {
        deltagaransvarigI(uppdrag, "handlaggare", insatsId);
    }

    /** The user becomes deltagaransvarig in the insats, from yesterday for six months. */
    static void deltagaransvarigI(UppdragAdministration uppdrag, String anvandarnamn, long insatsId) {
        LocalDate idag = LocalDate.now();
        uppdrag.geInsatsuppdrag(
                anvandarnamn, Roll.DELTAGARANSVARIG, insatsId, idag.minusDays(1), idag.plusMonths(6), null);
    }

    /**
     * A clearly fake but well-formed personnummer: birth date, a serial number in 980–999 (the series the demo data
     * and its checks use for fake numbers; {@code lopnummer} picks one of them), Luhn check digit.
     */
    static String personnummer(LocalDate fodd, int lopnummer) {
        String nio = String.format(
                "%02d%02d%02d%03d",
                fodd.getYear() % 100, fodd.getMonthValue(), fodd.getDayOfMonth(), 980 + Math.floorMod(lopnummer, 20));
        int summa = 0;
        for (int i = 0; i < nio.length(); i++) {
            int siffra = (nio.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            summa += siffra > 9 ? siffra - 9 : siffra;
        }
        return String.format("%04d", fodd.getYear()) + nio.substring(2, 6) + "-" + nio.substring(6)
                + (10 - summa % 10) % 10;
    }
}
