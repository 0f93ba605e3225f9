package se.finsam.sus.behorighet;

import java.time.Clock;
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
 * A wrong password counts as a failed login, towards the same lock; a locked account is refused. Callers must not
 * roll back on {@link ValideringsException} or {@link KontoLastException}, or the count is lost.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NuvarandeLosenord {

    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final Clock clock;

    void kontrollera(Anvandare a, String losenord) {
        Instant nu = clock.instant();
        if (a.arLast(nu)) {
            throw new KontoLastException(a.getLastTill());
        }
        if (losenord == null || !encoder.matches(losenord, a.getLosenordHash())) {
            boolean last = a.registreraMisslyckande(nu);
            audit.registrera(AuditHandelse.av(a.getAnvandarnamn(), AuditAtgard.INLOGGNING_MISSLYCKADES)
                    .med("fel nuvarande lösenord i profilen"));
            if (last) {
                audit.registrera(AuditHandelse.av(a.getAnvandarnamn(), AuditAtgard.KONTO_LAST));
                throw new KontoLastException(a.getLastTill());
            }
            throw new ValideringsException("losenord.fel.nuvarande");
        }
        a.registreraLyckad();
    }
}
