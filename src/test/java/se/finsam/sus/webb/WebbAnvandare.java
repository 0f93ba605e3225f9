package se.finsam.sus.webb;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.Roller;
import se.finsam.sus.behorighet.AnvandarAdministration;
import se.finsam.sus.behorighet.Arbetsgivare;
import se.finsam.sus.behorighet.MittKonto;
import se.finsam.sus.behorighet.NyAnvandare;
import se.finsam.sus.behorighet.TestInloggning;
import se.finsam.sus.behorighet.Totp;
import se.finsam.sus.behorighet.Tvafaktor;

/**
 * A user of its own for a browser test, with its own TOTP secret: a one-time code is never accepted twice, so
 * test classes that shared a user could collide on a code step. Created through the real services (the demo
 * administrator creates the user; the user enrols the second factor), and it remembers the last code step it used.
 */
public final class WebbAnvandare {

    /** The password of every browser-test user (passes the password rules). */
    public static final String LOSENORD = "blå bilar i backen 2026";

    /** The password the administrator gives; the user replaces it with {@link #LOSENORD} at first login. */
    private static final String ADMINS_LOSENORD = "tillfälligt lösenord från admin";

    private final String anvandarnamn;
    private final String namn;
    private final String hemlighet;
    private long senasteSteg;

    private WebbAnvandare(String anvandarnamn, String namn, String hemlighet, long senasteSteg) {
        this.anvandarnamn = anvandarnamn;
        this.namn = namn;
        this.hemlighet = hemlighet;
        this.senasteSteg = senasteSteg;
    }

    /**
     * A new active user of Försäkringskassan with the given role and full name and an enrolled second factor.
     * Leaves nobody logged in.
     */
    public static WebbAnvandare skapa(ApplicationContext spring, Roll roll, String namn) throws Exception {
        return skapa(spring, Arbetsgivare.FORSAKRINGSKASSAN, Set.of(roll), namn);
    }

    /** As {@link #skapa(ApplicationContext, Roll, String)}, for another employer and one or more roles. */
    public static WebbAnvandare skapa(
            ApplicationContext spring, Arbetsgivare arbetsgivare, Set<Roll> roller, String namn) throws Exception {
        AuthenticationManager autentisering =
                spring.getBean(AuthenticationConfiguration.class).getAuthenticationManager();
        String anvandarnamn = "webb-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            TestInloggning.fullt(autentisering.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated("admin", KaribuTest.DEMO_LOSENORD)));
            spring.getBean(AnvandarAdministration.class)
                    .skapa(new NyAnvandare(
                            anvandarnamn, namn, arbetsgivare, arbetsgivareNamn(arbetsgivare), roller, ADMINS_LOSENORD));

            // The new user's first login: the password step, then enrolment with a code from a new secret.
            Authentication losenordssteg = autentisering.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(anvandarnamn, ADMINS_LOSENORD));
            SecurityContextHolder.getContext().setAuthentication(losenordssteg);
            Tvafaktor tvafaktor = spring.getBean(Tvafaktor.class);
            String hemlighet = tvafaktor.nyHemlighet().hemlighet();
            long steg = Totp.steg(Instant.now());
            boolean kravs = losenordssteg.getAuthorities().stream()
                    .anyMatch(a -> Roller.TVAFAKTOR_KRAVS.equals(a.getAuthority()));
            if (kravs) {
                SecurityContextHolder.getContext()
                        .setAuthentication(tvafaktor.slutforInloggning(Totp.kod(hemlighet, steg), hemlighet));
                // The administrator's password must be changed before anything else (issue 12 #16).
                spring.getBean(MittKonto.class).bytLosenord(ADMINS_LOSENORD, LOSENORD);
            } else {
                // A role without personal data needs no second factor; this user sets one up on the profile
                // page (after the required password change), as careful users do, and then logs in with it.
                spring.getBean(MittKonto.class).bytLosenord(ADMINS_LOSENORD, LOSENORD);
                tvafaktor.registrera(hemlighet, Totp.kod(hemlighet, steg), LOSENORD);
            }
            return new WebbAnvandare(anvandarnamn, namn, hemlighet, steg);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Kommuner and regioner are many: which one is named. */
    private static String arbetsgivareNamn(Arbetsgivare arbetsgivare) {
        return arbetsgivare.namngesAvNamn() ? "Webbtestkommunen" : null;
    }

    public String anvandarnamn() {
        return anvandarnamn;
    }

    /** The full name. */
    public String namn() {
        return namn;
    }

    /** How user pickers show the user: "Name (user name)". */
    public String etikett() {
        return namn + " (" + anvandarnamn + ")";
    }

    public String losenord() {
        return LOSENORD;
    }

    /**
     * The code an authenticator app would show for the next unused time step. Codes are accepted one step either
     * side of now and never twice, so this waits only if the last used step still lies ahead.
     */
    public String nastaKod() throws InterruptedException {
        while (Totp.steg(Instant.now()) < senasteSteg) {
            Thread.sleep(1000);
        }
        senasteSteg = Math.max(Totp.steg(Instant.now()), senasteSteg + 1);
        return Totp.kod(hemlighet, senasteSteg);
    }
}
