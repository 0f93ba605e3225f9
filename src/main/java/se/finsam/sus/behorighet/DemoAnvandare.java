package se.finsam.sus.behorighet;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.finsam.sus.base.DemoDataSettings;
import se.finsam.sus.base.Kryptering;
import se.finsam.sus.base.Roll;

/**
 * Demo users, one per role, with the password in the README. Created only when demo data is on (the embedded
 * default, or {@code SUS_DEMO_DATA=true}); never on a real database otherwise. Idempotent across restarts.
 */
@Component
@Order(10)
public class DemoAnvandare implements ApplicationRunner {

    static final String LOSENORD = "sus-demo-2026";
    /** The demo users who must use a second factor share this TOTP secret (in the README; demo data only). */
    public static final String TOTP_HEMLIGHET = "SUSDEMOSUSDEMOSUSDEMOSUSDEMOSUSD";

    private static final Logger log = LoggerFactory.getLogger(DemoAnvandare.class);

    private final DemoDataSettings settings;
    private final AnvandarService anvandare;
    private final AnvandareRepository repository;
    private final Kryptering kryptering;

    DemoAnvandare(
            DemoDataSettings settings,
            AnvandarService anvandare,
            AnvandareRepository repository,
            Kryptering kryptering) {
        this.settings = settings;
        this.anvandare = anvandare;
        this.repository = repository;
        this.kryptering = kryptering;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.isEnabled() || anvandare.finns("admin")) {
            return;
        }
        var idag = anvandare.idag();
        long admin = anvandare.skapaVidStart("admin", "Ada Administratör", LOSENORD, Set.of(Roll.SYSTEMADMINISTRATOR));
        anvandare.skapaVidStart(
                "samverkan",
                "Sam Samverkansadministratör",
                LOSENORD,
                Set.of(Roll.SAMVERKANSADMINISTRATOR),
                Arbetsgivare.SAMORDNINGSFORBUND,
                null);
        anvandare.skapaVidStart(
                "insats",
                "Ines Insatsansvarig",
                LOSENORD,
                Set.of(Roll.INSATSANSVARIG),
                Arbetsgivare.SAMORDNINGSFORBUND,
                null);
        long handlaggare = anvandare.skapaVidStart(
                "handlaggare",
                "Hanna Handläggare",
                LOSENORD,
                Set.of(Roll.DELTAGARANSVARIG),
                Arbetsgivare.FORSAKRINGSKASSAN,
                null);
        for (long id : new long[] {admin, handlaggare}) {
            Anvandare a = repository.findById(id).orElseThrow();
            a.registreraTotp(kryptering.kryptera(TOTP_HEMLIGHET), 0);
            repository.save(a);
        }
        long rapport = anvandare.skapaVidStart(
                "rapport",
                "Rut Rapportläsare",
                LOSENORD,
                Set.of(Roll.RAPPORTLASARE),
                Arbetsgivare.REGION,
                "Region Norrbotten");
        anvandare.geUppdragVidStart(
                Uppdrag.forRiket(rapport, idag.minusMonths(1), idag.plusYears(2).minusDays(1)));
        log.info("Demo users created (see README for names and password)");
    }
}
