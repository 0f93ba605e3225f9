package se.finsam.sus.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.base.SomSystem;

class AktorTest {

    @AfterEach
    void rensa() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAuthenticatedNameIsTheActor() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("handlaggare", null, List.of()));
        assertThat(Aktor.namn()).isEqualTo("handlaggare");
    }

    @Test
    void withoutAuthenticationTheActorIsTheSystem() {
        SecurityContextHolder.clearContext();
        assertThat(Aktor.namn()).isEqualTo(Aktor.SYSTEM).isEqualTo("system");
        assertThat(Aktor.namn(null)).isEqualTo("system");
    }

    @Test
    void startUpWorkRunAsTheSystemIsTheSystem() {
        String[] namn = new String[1];
        SomSystem.somSystemadministrator(() -> namn[0] = Aktor.namn());
        assertThat(namn[0]).isEqualTo(Aktor.SYSTEM);
    }
}
