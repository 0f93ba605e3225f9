package se.finsam.sus.behorighet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether login with Swedish e-legitimation (an OpenID Connect identity provider, e.g. in the Sweden Connect
 * federation) is switched on, and under which client registration. Off unless {@code sus.e-legitimation.enabled}
 * is true; the provider itself is Spring Security's {@code spring.security.oauth2.client.registration.<id>.*}.
 */
@Component
public class ELegitimation {

    private final boolean aktiv;
    private final String registrering;

    ELegitimation(
            @Value("${sus.e-legitimation.enabled:false}") boolean aktiv,
            @Value("${sus.e-legitimation.registration-id:elegitimation}") String registrering) {
        this.aktiv = aktiv;
        this.registrering = registrering;
    }

    public boolean aktiv() {
        return aktiv;
    }

    String registrering() {
        return registrering;
    }

    /** Where the login page's e-legitimation link points (relative to the application root). */
    public String inloggningsadress() {
        return "oauth2/authorization/" + registrering;
    }
}
