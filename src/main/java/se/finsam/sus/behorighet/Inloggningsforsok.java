package se.finsam.sus.behorighet;

import java.time.Clock;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.audit.AuditHandelse;
import se.finsam.sus.audit.AuditService;

/**
 * The login lockout, for passwords and one-time codes alike, safe under parallel requests. Every attempt is
 * counted in the database <em>before</em> its password or code is checked, by one atomic update that also refuses
 * a locked account; the lock is decided on the count that update left. So however many attempts arrive at once, at
 * most {@link Anvandare#MAX_MISSLYCKADE} are evaluated before the account locks for {@link Anvandare#SPARRTID}. A
 * right answer gives its attempt back (or, for the whole login, resets the count). No entity is saved here, so no
 * optimistic-lock conflict can roll anything back. The password login calls each step outside any transaction, so
 * each commits on its own (the slow password check holds no lock); the code step ({@link Tvafaktor}) runs them in
 * its one transaction, where the counting update keeps the user's row locked until the code is judged. Never a
 * nested transaction: with parallel requests, each holding one connection and waiting for a second, the pool
 * would run dry.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Inloggningsforsok {

    private final AnvandareRepository anvandare;
    private final AuditService audit;
    private final Clock clock;

    /**
     * Counts one attempt by {@code anvandarnamn} (normalised) before it is evaluated. Throws {@link
     * KontoLastException} when the account is locked, or when this attempt is one too many (then it locks it). An
     * unknown user name passes: the password check refuses it like a wrong password.
     */
    @Transactional(noRollbackFor = KontoLastException.class)
    public void rakna(String anvandarnamn, String adress) {
        Instant nu = clock.instant();
        if (anvandare.raknaForsok(anvandarnamn, nu) == 0) {
            Instant lastTill = anvandare.lastTill(anvandarnamn).orElse(null);
            if (lastTill != null && lastTill.isAfter(nu)) {
                throw new KontoLastException(lastTill);
            }
            return; // unknown user
        }
        // The row stays locked by the update until this transaction commits, so this is the count it left.
        int antal = anvandare.misslyckadeForsok(anvandarnamn).orElse(0);
        if (antal > Anvandare.MAX_MISSLYCKADE) {
            Instant till = nu.plus(Anvandare.SPARRTID);
            las(anvandarnamn, adress, nu, till);
            throw new KontoLastException(anvandare.lastTill(anvandarnamn).orElse(till));
        }
    }

    /**
     * A counted attempt turned out wrong: locks the account when it has reached the limit. Returns the time it is
     * locked until, or null when it is not locked.
     */
    @Transactional
    public Instant misslyckades(String anvandarnamn, String adress) {
        Instant nu = clock.instant();
        return las(anvandarnamn, adress, nu, nu.plus(Anvandare.SPARRTID)) ? nu.plus(Anvandare.SPARRTID) : null;
    }

    /** The password was right, but the second factor is still to come: that attempt was no failure. */
    @Transactional
    public void losenordRatt(String anvandarnamn) {
        anvandare.aterlamnaForsok(anvandarnamn);
    }

    /** The login succeeded: no failures, no lock, and the time of the login is recorded. */
    @Transactional
    public void nollstall(String anvandarnamn) {
        anvandare.nollstallForsok(anvandarnamn);
        anvandare.inloggad(anvandarnamn, clock.instant());
    }

    private boolean las(String anvandarnamn, String adress, Instant nu, Instant till) {
        boolean last = anvandare.lasOmFullt(anvandarnamn, Anvandare.MAX_MISSLYCKADE, nu, till) == 1;
        if (last) {
            audit.registrera(
                    AuditHandelse.av(anvandarnamn, AuditAtgard.KONTO_LAST).fran(adress));
        }
        return last;
    }
}
