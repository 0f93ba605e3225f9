package se.finsam.sus.behorighet;

import java.time.Instant;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.audit.AuditHandelse;
import se.finsam.sus.audit.AuditService;
import se.finsam.sus.base.ValideringsException;

/**
 * Re-authentication inside an open session: the current password, asked for before the account's credentials
 * (password, second factor) are changed, so that a browser left logged in is not enough to take the account over.
 * A wrong password counts as a failed login, towards the same lock ({@link Inloggningsforsok}); a locked account is
 * refused. Callers must not
 * roll back on {@link ValideringsException} or {@link KontoLastException}, or the count is lost.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NuvarandeLosenord {

    private final PasswordEncoder encoder;
    private final Inloggningsforsok forsok;
    private final AuditService audit;

    void kontrollera(Anvandare a, String losenord) {
        String namn = a.getAnvandarnamn();
        // Counted before it is checked, like a login attempt: a locked account (or one attempt too many) stops here.
        forsok.rakna(namn, null);
        if (losenord == null || !encoder.matches(losenord, a.getLosenordHash())) {
            audit.registrera(AuditHandelse.av(namn, AuditAtgard.INLOGGNING_MISSLYCKADES)
                    .med("fel nuvarande lösenord i profilen"));
            Instant lastTill = forsok.misslyckades(namn, null);
            if (lastTill != null) {
                throw new KontoLastException(lastTill);
            }
            throw new ValideringsException("losenord.fel.nuvarande");
        }
        forsok.nollstall(namn);
    }
}
