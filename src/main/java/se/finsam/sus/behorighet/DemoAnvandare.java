package se.finsam.sus.behorighet;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.finsam.sus.base.DemoDataSettings;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.SomSystem;

/**
 * Demo users, one per role, with the password in the README. Created only when demo data is on (the embedded
 * default, or {@code SUS_DEMO_DATA=true}); never on a real database otherwise. Idempotent across restarts. Users
 * and the rapportläsare's uppdrag are given through the same services as in the UI, run as the system.
 */
@Component
@Order(10)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemoAnvandare implements ApplicationRunner {

    static final String LOSENORD = "sus-demo-2026";
    /** The demo users who must use a second factor share this TOTP secret (in the README; demo data only). */
    public static final String TOTP_HEMLIGHET = "SUSDEMOSUSDEMOSUSDEMOSUSDEMOSUSD";

    /** The behörighetsadministratör of Arbetsförmedlingen (issue 12 #18). */
    static final String BEHORIGHETSADMINISTRATOR = "behorighet";
    /** A deltagaransvarig at Arbetsförmedlingen, for whom the demo beställning asks an uppdrag. */
    static final String ARBETSFORMEDLARE = "formedlare";

    private static final Logger log = LoggerFactory.getLogger(DemoAnvandare.class);

    /** One demo user; {@code totp}: must log in with the shared second factor. */
    private record Konto(
            String anvandarnamn,
            String namn,
            Roll roll,
            Arbetsgivare arbetsgivare,
            String arbetsgivareNamn,
            boolean totp) {}

    private static final List<Konto> KONTON = List.of(
            new Konto(
                    "admin", "Ada Administratör", Roll.SYSTEMADMINISTRATOR, Arbetsgivare.FORSAKRINGSKASSAN, null, true),
            new Konto(
                    "samverkan",
                    "Sam Samverkansadministratör",
                    Roll.SAMVERKANSADMINISTRATOR,
                    Arbetsgivare.SAMORDNINGSFORBUND,
                    null,
                    false),
            new Konto(
                    "insats", "Ines Insatsansvarig", Roll.INSATSANSVARIG, Arbetsgivare.SAMORDNINGSFORBUND, null, false),
            new Konto(
                    "handlaggare",
                    "Hanna Handläggare",
                    Roll.DELTAGARANSVARIG,
                    Arbetsgivare.FORSAKRINGSKASSAN,
                    null,
                    true),
            new Konto(
                    "rapport",
                    "Rut Rapportläsare",
                    Roll.RAPPORTLASARE,
                    Arbetsgivare.REGION,
                    "Region Norrbotten",
                    false),
            new Konto(
                    BEHORIGHETSADMINISTRATOR,
                    "Bodil Behörighetsadministratör",
                    Roll.BEHORIGHETSADMINISTRATOR,
                    Arbetsgivare.ARBETSFORMEDLINGEN,
                    null,
                    true),
            new Konto(
                    ARBETSFORMEDLARE,
                    "Arvid Arbetsförmedlare",
                    Roll.DELTAGARANSVARIG,
                    Arbetsgivare.ARBETSFORMEDLINGEN,
                    null,
                    true));

    private final DemoDataSettings settings;
    private final AnvandarAdministration anvandare;
    private final UppdragAdministration uppdrag;
    private final Tvafaktor tvafaktor;

    @Override
    public void run(ApplicationArguments args) {
        if (settings.isEnabled()) {
            SomSystem.somSystemadministrator(this::skapa);
        }
    }

    /** Each demo user once; users added to the list later are created on a demo database that has the first ones. */
    private void skapa() {
        boolean forsta = !anvandare.finns("admin");
        for (Konto k : KONTON) {
            if (anvandare.finns(k.anvandarnamn())) {
                continue;
            }
            long id = anvandare.skapaDemoanvandare(new NyAnvandare(
                    k.anvandarnamn(), k.namn(), k.arbetsgivare(), k.arbetsgivareNamn(), Set.of(k.roll()), LOSENORD));
            if (k.totp()) {
                tvafaktor.registreraVidStart(id, TOTP_HEMLIGHET);
            }
        }
        if (!forsta) {
            return;
        }
        LocalDate idag = LocalDate.now();
        uppdrag.geRapportuppdrag(
                "rapport",
                Omfattning.RIKET,
                null,
                null,
                idag.minusMonths(1),
                idag.plusYears(2).minusDays(1));
        log.info("Demo users created (see README for names and password)");
    }
}
