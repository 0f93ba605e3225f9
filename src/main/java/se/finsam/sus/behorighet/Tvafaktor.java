package se.finsam.sus.behorighet;

import java.time.Clock;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.audit.Aktor;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.audit.AuditHandelse;
import se.finsam.sus.audit.AuditService;
import se.finsam.sus.base.KrypteradKolumn;
import se.finsam.sus.base.Kryptering;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ValideringsException;

/**
 * The second login step: a TOTP code after the password, with enrolment (a new secret shown as a QR code) for
 * users who have none yet. A code is counted as an attempt before it is checked, towards the same lock as wrong
 * passwords ({@link Inloggningsforsok}), so parallel guesses cannot pass the lock.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Tvafaktor {

    /**
     * The encrypted TOTP secrets: each is bound to its user's row (an existing user, so the id is always known), so
     * a secret copied to another user does not decrypt ({@link Kryptering}).
     */
    static final KrypteradKolumn TOTP = new KrypteradKolumn("anvandare", "totp_hemlighet");

    /** Declares the column to {@link se.finsam.sus.base.Radbindning}, which binds values of earlier versions. */
    @Bean
    static KrypteradKolumn anvandareTotp() {
        return TOTP;
    }

    private final AnvandareRepository anvandare;
    private final Kryptering kryptering;
    private final AuditService audit;
    private final Clock clock;
    private final Inloggningsforsok forsok;
    private final NuvarandeLosenord nuvarandeLosenord;

    /** Whether the user in the middle of logging in already has a second factor. */
    @PreAuthorize("hasAuthority('" + Roller.TVAFAKTOR_KRAVS + "')")
    @Transactional(readOnly = true)
    public boolean arRegistrerad() {
        return aktuell().getTotpHemlighet() != null;
    }

    /** A new secret for enrolment; nothing is stored until a code from it has been verified. */
    @PreAuthorize("hasAuthority('" + Roller.TVAFAKTOR_KRAVS + "') or " + Roller.INLOGGAD_REGEL)
    public NyTvafaktor nyHemlighet() {
        String hemlighet = Totp.nyHemlighet();
        return new NyTvafaktor(hemlighet, Totp.otpauthUri(hemlighet, Aktor.namn()));
    }

    /**
     * Completes the login with a code: from the stored secret, or, when enrolling, from {@code nyHemlighet},
     * which is then stored encrypted. Returns the full authentication for the caller to put into the session.
     */
    @PreAuthorize("hasAuthority('" + Roller.TVAFAKTOR_KRAVS + "')")
    // A wrong code must still be counted: the failure is the answer, not a reason to roll back.
    @Transactional(noRollbackFor = {ValideringsException.class, KontoLastException.class})
    public Authentication slutforInloggning(String kod, String nyHemlighet) {
        try {
            forsok.rakna(Aktor.namn(), null);
        } catch (KontoLastException e) {
            audit.registrera(AuditHandelse.av(Aktor.namn(), AuditAtgard.INLOGGNING_SPARRAD));
            throw e;
        }
        Anvandare a = aktuell();
        Instant nu = clock.instant();
        boolean registrerar = a.getTotpHemlighet() == null;
        if (registrerar && nyHemlighet == null) {
            throw new ValideringsException("tvafaktor.fel.kod");
        }
        String hemlighet = registrerar ? nyHemlighet : kryptering.dekryptera(a.getTotpHemlighet(), TOTP, a.getId());
        long steg = Totp.verifiera(hemlighet, kod, nu, a.getTotpSenasteSteg());
        if (steg < 0) {
            audit.registrera(AuditHandelse.av(a.getAnvandarnamn(), AuditAtgard.TVAFAKTOR_FEL));
            Instant lastTill = forsok.misslyckades(a.getAnvandarnamn(), null);
            if (lastTill != null) {
                throw new KontoLastException(lastTill);
            }
            throw new ValideringsException("tvafaktor.fel.kod");
        }
        if (registrerar) {
            a.registreraTotp(kryptering.kryptera(hemlighet, TOTP, a.getId()), steg);
            audit.registrera(AuditHandelse.av(a.getAnvandarnamn(), AuditAtgard.TVAFAKTOR_REGISTRERAD)
                    .om("Anvandare", String.valueOf(a.getId())));
        } else {
            a.anvandTotpSteg(steg);
        }
        forsok.nollstall(a.getAnvandarnamn());
        audit.registrera(AuditHandelse.av(a.getAnvandarnamn(), AuditAtgard.INLOGGNING_LYCKADES));
        SusPrincipal principal = new SusPrincipal(a);
        principal.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.fullaBehorigheter());
    }

    /** Whether the logged-in user has a second factor (for the profile page). */
    @PreAuthorize(Roller.INLOGGAD_REGEL)
    @Transactional(readOnly = true)
    public boolean harTvafaktor() {
        return aktuell().getTotpHemlighet() != null;
    }

    /**
     * Sets up, or replaces, the logged-in user's second factor from the profile page: stored only when a code
     * from the new secret is right, so that nobody locks themselves out with a secret their app does not have,
     * and only with the current password, so that an open session alone cannot replace it (a wrong one counts
     * as a failed login, see {@link NuvarandeLosenord}).
     */
    @PreAuthorize(Roller.INLOGGAD_REGEL)
    @Transactional(noRollbackFor = {ValideringsException.class, KontoLastException.class})
    public void registrera(String nyHemlighet, String kod, String losenord) {
        Anvandare a = aktuell();
        nuvarandeLosenord.kontrollera(a, losenord);
        long steg = Totp.verifiera(nyHemlighet, kod, clock.instant(), -1);
        if (steg < 0) {
            throw new ValideringsException("tvafaktor.fel.kod");
        }
        a.registreraTotp(kryptering.kryptera(nyHemlighet, TOTP, a.getId()), steg);
        audit.registrera(AuditHandelse.av(a.getAnvandarnamn(), AuditAtgard.TVAFAKTOR_REGISTRERAD)
                .om("Anvandare", String.valueOf(a.getId())));
    }

    /** Demo data: stores a known secret for the user, as if enrolled (the secret is in the README). */
    void registreraVidStart(long anvandarId, String hemlighet) {
        anvandare
                .findById(anvandarId)
                .orElseThrow()
                .registreraTotp(kryptering.kryptera(hemlighet, TOTP, anvandarId), 0);
    }

    private Anvandare aktuell() {
        return anvandare.findByAnvandarnamn(Aktor.namn()).orElseThrow();
    }
}
