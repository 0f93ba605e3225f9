package se.finsam.sus.behorighet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ValideringsException;

/**
 * A logged-in session alone (a browser left open) is not enough to take over the account: replacing the second
 * factor needs the current password, and guessing the current password on the profile page counts towards the
 * same lock as failed logins (issue 12, #10).
 */
class KontoSkyddTest extends DatabaseTest {

    static final String LOSENORD = "gröna äpplen på taket";

    @Autowired
    Kontoskapare konton;

    @Autowired
    AnvandareRepository anvandare;

    @Autowired
    Tvafaktor tvafaktor;

    @Autowired
    MittKonto mittKonto;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void replacingTheSecondFactorNeedsTheCurrentPassword() {
        String namn = inloggad();
        NyTvafaktor ny = tvafaktor.nyHemlighet();
        String kod = Totp.kod(ny.hemlighet(), Totp.steg(Instant.now()));

        assertThatThrownBy(() -> tvafaktor.registrera(ny.hemlighet(), kod, "fel lösenord"))
                .isInstanceOf(ValideringsException.class)
                .hasMessage("losenord.fel.nuvarande");
        assertThatThrownBy(() -> tvafaktor.registrera(ny.hemlighet(), kod, null))
                .isInstanceOf(ValideringsException.class);
        assertThat(anvandare.findByAnvandarnamn(namn).orElseThrow().getTotpHemlighet())
                .isNull();

        tvafaktor.registrera(ny.hemlighet(), kod, LOSENORD);
        assertThat(anvandare.findByAnvandarnamn(namn).orElseThrow().getTotpHemlighet())
                .isNotNull();
    }

    @Test
    void wrongCurrentPasswordsOnThePasswordChangeLockTheAccountLikeFailedLogins() {
        String namn = inloggad();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> mittKonto.bytLosenord("gissning nummer x", "blå bilar i regnet"))
                    .isInstanceOf(ValideringsException.class);
        }
        assertThatThrownBy(() -> mittKonto.bytLosenord("gissning nummer x", "blå bilar i regnet"))
                .isInstanceOf(KontoLastException.class);
        Anvandare a = anvandare.findByAnvandarnamn(namn).orElseThrow();
        assertThat(a.arLast(Instant.now()))
                .as("locked after five wrong guesses")
                .isTrue();
        String fore = a.getLosenordHash();
        assertThatThrownBy(() -> mittKonto.bytLosenord(LOSENORD, "blå bilar i regnet"))
                .as("not even the right password changes it while locked")
                .isInstanceOf(KontoLastException.class);
        assertThat(anvandare.findByAnvandarnamn(namn).orElseThrow().getLosenordHash())
                .isEqualTo(fore);
    }

    @Test
    void wrongGuessesWhenReplacingTheSecondFactorCountToo() {
        String namn = inloggad();
        NyTvafaktor ny = tvafaktor.nyHemlighet();
        String kod = Totp.kod(ny.hemlighet(), Totp.steg(Instant.now()));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> tvafaktor.registrera(ny.hemlighet(), kod, "gissning nummer x"))
                    .isInstanceOf(ValideringsException.class);
        }
        assertThatThrownBy(() -> tvafaktor.registrera(ny.hemlighet(), kod, "gissning nummer x"))
                .isInstanceOf(KontoLastException.class);
        assertThat(anvandare.findByAnvandarnamn(namn).orElseThrow().arLast(Instant.now()))
                .isTrue();
        assertThatThrownBy(() -> tvafaktor.registrera(ny.hemlighet(), kod, LOSENORD))
                .isInstanceOf(KontoLastException.class);
        assertThat(anvandare.findByAnvandarnamn(namn).orElseThrow().getTotpHemlighet())
                .isNull();
    }

    /** A new user, logged in (as the session holds them after the login). */
    private String inloggad() {
        String namn = "ks-" + UUID.randomUUID().toString().substring(0, 8);
        konton.skapaVidStart(namn, "Kim Skydd", LOSENORD, Set.of(Roll.RAPPORTLASARE));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        namn, null, List.of(new SimpleGrantedAuthority(Roller.INLOGGAD))));
        return namn;
    }
}
