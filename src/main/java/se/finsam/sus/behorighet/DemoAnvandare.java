package se.finsam.sus.behorighet;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.finsam.sus.base.DemoDataSettings;
import se.finsam.sus.base.Roll;

/**
 * Demo users, one per role, with the password in the README. Created only when demo data is on (the embedded
 * default, or {@code SUS_DEMO_DATA=true}); never on a real database otherwise. Idempotent across restarts.
 */
@Component
@Order(10)
class DemoAnvandare implements ApplicationRunner {

    static final String LOSENORD = "sus-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoAnvandare.class);

    private final DemoDataSettings settings;
    private final AnvandarService anvandare;

    DemoAnvandare(DemoDataSettings settings, AnvandarService anvandare) {
        this.settings = settings;
        this.anvandare = anvandare;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.isEnabled() || anvandare.finns("admin")) {
            return;
        }
        var idag = anvandare.idag();
        anvandare.skapaVidStart("admin", "Ada Administratör", LOSENORD, Set.of(Roll.SYSTEMADMINISTRATOR));
        anvandare.skapaVidStart("samverkan", "Sam Samverkansadministratör", LOSENORD,
                Set.of(Roll.SAMVERKANSADMINISTRATOR), Arbetsgivare.SAMORDNINGSFORBUND, null);
        anvandare.skapaVidStart("insats", "Ines Insatsansvarig", LOSENORD, Set.of(Roll.INSATSANSVARIG),
                Arbetsgivare.SAMORDNINGSFORBUND, null);
        anvandare.skapaVidStart("handlaggare", "Hanna Handläggare", LOSENORD, Set.of(Roll.DELTAGARANSVARIG),
                Arbetsgivare.FORSAKRINGSKASSAN, null);
        long rapport = anvandare.skapaVidStart("rapport", "Rut Rapportläsare", LOSENORD,
                Set.of(Roll.RAPPORTLASARE), Arbetsgivare.REGION, "Region Norrbotten");
        anvandare.geUppdragVidStart(Uppdrag.forRiket(rapport, idag.minusMonths(1), idag.plusYears(2).minusDays(1)));
        log.info("Demo users created (see README for names and password)");
    }
}
