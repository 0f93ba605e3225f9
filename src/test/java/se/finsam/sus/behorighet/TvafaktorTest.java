package se.finsam.sus.behorighet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.base.GammalKryptering;
import se.finsam.sus.base.Radbindning;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ValideringsException;

/** Login with password and TOTP, through the real authentication manager and database. */
class TvafaktorTest extends DatabaseTest {

    static final String LOSENORD = "gröna äpplen på taket";

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    Kontoskapare konton;

    @Autowired
    AnvandareRepository anvandare;

    @Autowired
    Tvafaktor tvafaktor;

    @Autowired
    BehorighetService behorighet;

    @Autowired
    Radbindning radbindning;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void deltagaransvarigGetsNoRoleUntilTheCodeIsGiven() throws Exception {
        String namn = user(Roll.DELTAGARANSVARIG);
        Authentication steg1 = losenord(namn);
        assertThat(authorities(steg1)).containsExactly(Roller.TVAFAKTOR_KRAVS);
        SecurityContextHolder.getContext().setAuthentication(steg1);
        assertThatThrownBy(() -> behorighet.minaUppdrag()).isInstanceOf(AuthorizationDeniedException.class);

        assertThat(tvafaktor.arRegistrerad()).isFalse();
        NyTvafaktor ny = tvafaktor.nyHemlighet();
        assertThat(ny.otpauthUri()).contains("secret=" + ny.hemlighet());
        assertThatThrownBy(() -> tvafaktor.slutforInloggning("000000", ny.hemlighet()))
                .isInstanceOf(ValideringsException.class);
        Authentication full = tvafaktor.slutforInloggning(nuvarandeKod(ny.hemlighet()), ny.hemlighet());
        assertThat(authorities(full)).containsExactlyInAnyOrder("ROLE_DELTAGARANSVARIG", Roller.INLOGGAD);
        Anvandare sparad = anvandare.findByAnvandarnamn(namn).orElseThrow();
        assertThat(sparad.getTotpHemlighet()).as("stored encrypted").isNotNull().doesNotContain(ny.hemlighet());
        assertThat(sparad.getMisslyckadeInloggningar()).isZero();
    }

    @Test
    void enrolledUserLogsInWithTheStoredSecretAndACodeWorksOnlyOnce() throws Exception {
        String namn = user(Roll.SYSTEMADMINISTRATOR);
        SecurityContextHolder.getContext().setAuthentication(losenord(namn));
        NyTvafaktor ny = tvafaktor.nyHemlighet();
        String kod = nuvarandeKod(ny.hemlighet());
        tvafaktor.slutforInloggning(kod, ny.hemlighet());

        SecurityContextHolder.getContext().setAuthentication(losenord(namn));
        assertThat(tvafaktor.arRegistrerad()).isTrue();
        assertThatThrownBy(() -> tvafaktor.slutforInloggning(kod, null))
                .as("replayed code")
                .isInstanceOf(ValideringsException.class);
    }

    @Test
    void wrongCodesCountAsFailedLoginsAndLockTheAccount() throws Exception {
        String namn = user(Roll.DELTAGARANSVARIG);
        SecurityContextHolder.getContext().setAuthentication(losenord(namn));
        String hemlighet = tvafaktor.nyHemlighet().hemlighet();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> tvafaktor.slutforInloggning("000000", hemlighet))
                    .isInstanceOf(ValideringsException.class);
        }
        assertThatThrownBy(() -> tvafaktor.slutforInloggning("000000", hemlighet))
                .isInstanceOf(KontoLastException.class);
        assertThat(anvandare.findByAnvandarnamn(namn).orElseThrow().getLastTill())
                .isAfter(Instant.now());
        // Locked: even the right code is refused now.
        assertThatThrownBy(() -> tvafaktor.slutforInloggning(nuvarandeKod(hemlighet), hemlighet))
                .isInstanceOf(KontoLastException.class);
    }

    /** Issue 12 #15: a secret is bound to its user's row, so copying one in the database opens no other account. */
    @Test
    void aSecretCopiedToAnotherUsersRowDoesNotDecrypt() throws Exception {
        String agare = user(Roll.DELTAGARANSVARIG);
        String annan = user(Roll.DELTAGARANSVARIG);
        long agarId = anvandare.findByAnvandarnamn(agare).orElseThrow().getId();
        long annanId = anvandare.findByAnvandarnamn(annan).orElseThrow().getId();
        String hemlighet = Totp.nyHemlighet();
        tvafaktor.registreraVidStart(agarId, hemlighet);
        tvafaktor.registreraVidStart(annanId, Totp.nyHemlighet());
        String kopierad =
                jdbc.queryForObject("select totp_hemlighet from anvandare where id = ?", String.class, agarId);
        jdbc.update("update anvandare set totp_hemlighet = ? where id = ?", kopierad, annanId);

        SecurityContextHolder.getContext().setAuthentication(losenord(annan));
        assertThatThrownBy(() -> tvafaktor.slutforInloggning(nuvarandeKod(hemlighet), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The encrypted value in anvandare.totp_hemlighet row " + annanId + " does not decrypt: it"
                        + " belongs to another row or was altered, or SUS_KRYPTERINGSNYCKEL is wrong")
                .hasMessageNotContaining(hemlighet);
    }

    /** Issue 12 #15: a secret stored by an earlier version is refused until the start-up step binds it. */
    @Test
    void aSecretOfAnEarlierVersionIsBoundByTheStartUpStepAndThenLogsIn() throws Exception {
        String namn = user(Roll.SYSTEMADMINISTRATOR);
        long id = anvandare.findByAnvandarnamn(namn).orElseThrow().getId();
        String hemlighet = Totp.nyHemlighet();
        jdbc.update("update anvandare set totp_hemlighet = ? where id = ?", GammalKryptering.obunden(hemlighet), id);
        SecurityContextHolder.getContext().setAuthentication(losenord(namn));
        assertThatThrownBy(() -> tvafaktor.slutforInloggning(nuvarandeKod(hemlighet), null))
                .hasMessage("The encrypted value in anvandare.totp_hemlighet row " + id
                        + " is not bound to its row (the format of an earlier version) and is refused");

        jdbc.update("delete from kryptering_radbindning where kolumn = 'anvandare.totp_hemlighet'");
        radbindning.bindAlla();

        assertThat(jdbc.queryForObject("select totp_hemlighet from anvandare where id = ?", String.class, id))
                .startsWith("v2:");
        assertThat(jdbc.queryForObject(
                        "select antal from kryptering_radbindning where kolumn = 'anvandare.totp_hemlighet'",
                        Long.class))
                .isOne();
        SecurityContextHolder.getContext().setAuthentication(losenord(namn));
        assertThat(authorities(tvafaktor.slutforInloggning(nuvarandeKod(hemlighet), null)))
                .contains(Roller.INLOGGAD);
    }

    @Test
    void rolesWithoutPersonalDataLogInWithThePasswordAlone() throws Exception {
        Authentication auth = losenord(user(Roll.RAPPORTLASARE));
        assertThat(authorities(auth)).containsExactlyInAnyOrder("ROLE_RAPPORTLASARE", Roller.INLOGGAD);
    }

    @Test
    void fullyLoggedInUsersCannotUseTheSecondStep() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(losenord(user(Roll.RAPPORTLASARE)));
        assertThatThrownBy(() -> tvafaktor.slutforInloggning("123456", null))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private static String nuvarandeKod(String hemlighet) {
        return Totp.kod(hemlighet, Totp.steg(Instant.now()));
    }

    private Authentication losenord(String namn) throws Exception {
        return authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(namn, LOSENORD));
    }

    private String user(Roll roll) {
        String namn = "tf-" + UUID.randomUUID().toString().substring(0, 8);
        konton.skapaVidStart(namn, "Test", LOSENORD, Set.of(roll));
        return namn;
    }

    private static Set<String> authorities(Authentication auth) {
        return Set.copyOf(auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList());
    }
}
