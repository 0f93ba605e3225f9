package se.finsam.sus.base;

import java.util.Optional;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Refuses to start without {@code SUS_KRYPTERINGSNYCKEL} unless demo data is on (see {@link DemoDataSettings}): one
 * line naming the variable, before Spring starts anything, instead of a page of bean-creation errors. The public
 * development key of {@link Kryptering} is thereby never used outside demo data.
 */
public class KrypteringStartCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        fel(event.getEnvironment()).ifPresent(rad -> {
            System.err.println(rad);
            System.exit(1);
        });
    }

    /** The one-line reason not to start, if any. */
    static Optional<String> fel(Environment env) {
        String nyckel = env.getProperty("sus.krypteringsnyckel", "");
        if (!nyckel.isBlank() || new DemoDataSettings(env).isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(
                "SUS kan inte starta: SUS_KRYPTERINGSNYCKEL är inte satt (32 byte i Base64, skapa den en gång"
                        + " med `openssl rand -base64 32` och förvara den utanför koden). Utan nyckel startar SUS bara med"
                        + " demodata (SUS_DEMO_DATA=true).");
    }
}
