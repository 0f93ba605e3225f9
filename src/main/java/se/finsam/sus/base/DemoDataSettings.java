package se.finsam.sus.base;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether demo data is loaded. {@code SUS_DEMO_DATA} (property {@code sus.demo-data}) decides when set. Otherwise
 * demo data is loaded only by the README's run command ({@code ./mvnw spring-boot:run}, which sets
 * {@value #RUN_COMMAND} in pom.xml) on the embedded default database: a production jar or Docker image never loads
 * it (with its publicly known passwords, second-factor secret and encryption key) unless told to explicitly.
 */
@Component
public class DemoDataSettings {

    /** Set by {@code ./mvnw spring-boot:run} (pom.xml): the run command's default of demo data when embedded. */
    public static final String RUN_COMMAND = "sus.demo-data.run-command";

    private final boolean enabled;

    public DemoDataSettings(Environment env) {
        String explicit = env.getProperty("sus.demo-data", "");
        String url = env.getProperty("spring.datasource.url", "");
        boolean runCommand = Boolean.parseBoolean(env.getProperty(RUN_COMMAND, "false"));
        this.enabled = explicit.isBlank() ? runCommand && isEmbedded(url) : Boolean.parseBoolean(explicit.trim());
    }

    public boolean isEnabled() {
        return enabled;
    }

    static boolean isEmbedded(String url) {
        return url.startsWith("jdbc:h2:");
    }
}
