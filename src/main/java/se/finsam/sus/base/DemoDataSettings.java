package se.finsam.sus.base;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether demo data is loaded. {@code SUS_DEMO_DATA} (property {@code sus.demo-data}) decides when set;
 * otherwise demo data is loaded on the embedded default database and never on a real server.
 */
@Component
public class DemoDataSettings {

    private final boolean enabled;

    public DemoDataSettings(Environment env) {
        String explicit = env.getProperty("sus.demo-data", "");
        String url = env.getProperty("spring.datasource.url", "");
        this.enabled = explicit.isBlank() ? isEmbedded(url) : Boolean.parseBoolean(explicit.trim());
    }

    public boolean isEnabled() {
        return enabled;
    }

    static boolean isEmbedded(String url) {
        return url.startsWith("jdbc:h2:");
    }
}
