package se.finsam.sus.behorighet;

import java.time.Clock;
import java.time.Instant;
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
 * Records every login success and failure (who, when, from which address) and locks an account after five
 * failures in a row. The counter and the audit row are written in one transaction.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InloggningsLyssnare {

    private final AnvandareRepository anvandare;
    private final AuditService audit;
    private final Clock clock;

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
            audit.registrera(
                    AuditHandelse.av(namn, AuditAtgard.LOSENORD_GODKANT).fran(adress(event.getAuthentication())));
            return;
        }
        anvandare.findByAnvandarnamn(Anvandare.normalisera(namn)).ifPresent(Anvandare::registreraLyckad);
        audit.registrera(
                AuditHandelse.av(namn, AuditAtgard.INLOGGNING_LYCKADES).fran(adress(event.getAuthentication())));
    }

    @EventListener
    @Transactional
    public void misslyckades(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof OAuth2AuthenticationException oauth) {
            // Refusals by SUS are audited by ELegitimationInloggning; here only the provider's own errors.
            if (!ELegitimationInloggning.NEKAD.equals(oauth.getError().getErrorCode())) {
                audit.registrera(AuditHandelse.av(ELegitimationInloggning.OKAND, AuditAtgard.INLOGGNING_MISSLYCKADES)
                        .fran(adress(event.getAuthentication()))
                        .med("e-legitimation: " + oauth.getError().getErrorCode()));
            }
            return;
        }
        String namn = Anvandare.normalisera(event.getAuthentication().getName());
        String adress = adress(event.getAuthentication());
        if (event.getException() instanceof KontoLastException) {
            audit.registrera(
                    AuditHandelse.av(namn, AuditAtgard.INLOGGNING_SPARRAD).fran(adress));
            return;
        }
        Instant nu = clock.instant();
        boolean last = anvandare
                .findByAnvandarnamn(namn)
                .map(a -> a.registreraMisslyckande(nu))
                .orElse(false);
        audit.registrera(
                AuditHandelse.av(namn, AuditAtgard.INLOGGNING_MISSLYCKADES).fran(adress));
        if (last) {
            audit.registrera(AuditHandelse.av(namn, AuditAtgard.KONTO_LAST).fran(adress));
        }
    }

    private static String adress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
