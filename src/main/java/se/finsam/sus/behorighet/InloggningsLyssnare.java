package se.finsam.sus.behorighet;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.audit.AuditHandelse;
import se.finsam.sus.audit.AuditService;
import se.finsam.sus.base.Roller;

/**
 * Records every login success and failure (who, when, from which address) and, through {@link Inloggningsforsok},
 * locks an account after five failures in a row. Each failure's audit row is written in a transaction of its own,
 * so that no attempt goes unrecorded.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InloggningsLyssnare {

    /**
     * Who a failed login's audit row names when the typed user name is no user's: never the typed text, which is
     * often a password typed in the wrong field.
     */
    static final String OKANT_ANVANDARNAMN = "(okänt användarnamn)";

    private final AnvandareRepository anvandare;
    private final Inloggningsforsok forsok;
    private final AuditService audit;

    @EventListener
    @Transactional
    public void lyckades(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ELegitimeradAnvandare) {
            return; // audited by ELegitimationInloggning, with what it was mapped from
        }
        String namn = event.getAuthentication().getName();
        boolean tvafaktorKvar = event.getAuthentication().getAuthorities().stream()
                .anyMatch(a -> Roller.TVAFAKTOR_KRAVS.equals(a.getAuthority()));
        if (tvafaktorKvar) {
            // Only the password step: the login succeeds (and the failure count resets) with the code.
            forsok.losenordRatt(Anvandare.normalisera(namn));
            audit.registrera(
                    AuditHandelse.av(namn, AuditAtgard.LOSENORD_GODKANT).fran(adress(event.getAuthentication())));
            return;
        }
        forsok.nollstall(Anvandare.normalisera(namn));
        audit.registrera(
                AuditHandelse.av(namn, AuditAtgard.INLOGGNING_LYCKADES).fran(adress(event.getAuthentication())));
    }

    @EventListener
    public void misslyckades(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof OAuth2AuthenticationException oauth) {
            // Refusals by SUS are audited by ELegitimationInloggning; here only the provider's own errors.
            if (!ELegitimationInloggning.NEKAD.equals(oauth.getError().getErrorCode())) {
                audit.registreraFristaende(
                        AuditHandelse.av(ELegitimationInloggning.OKAND, AuditAtgard.INLOGGNING_MISSLYCKADES)
                                .fran(adress(event.getAuthentication()))
                                .med("e-legitimation: " + oauth.getError().getErrorCode()));
            }
            return;
        }
        String namn = Anvandare.normalisera(event.getAuthentication().getName());
        String adress = adress(event.getAuthentication());
        if (event.getException() instanceof KontoLastException) {
            audit.registreraFristaende(
                    AuditHandelse.av(namn, AuditAtgard.INLOGGNING_SPARRAD).fran(adress));
            return;
        }
        if (!anvandare.existsByAnvandarnamn(namn)) {
            audit.registreraFristaende(AuditHandelse.av(OKANT_ANVANDARNAMN, AuditAtgard.INLOGGNING_MISSLYCKADES)
                    .fran(adress));
            return;
        }
        // The attempt was counted before its password was checked; here only whether it filled the limit.
        audit.registreraFristaende(
                AuditHandelse.av(namn, AuditAtgard.INLOGGNING_MISSLYCKADES).fran(adress));
        forsok.misslyckades(namn, adress);
    }

    private static String adress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
