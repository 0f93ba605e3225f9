package se.finsam.sus.behorighet;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.util.ClassUtils;
import se.finsam.sus.audit.Aktor;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.audit.AuditHandelse;
import se.finsam.sus.audit.AuditService;

/**
 * Audits calls to an application service that its {@code @PreAuthorize} rule refuses (a role that may not call
 * the method at all), as {@code ATKOMST_NEKAD}, like the scope refusals in the services themselves. Only method
 * security: refused web requests (an anonymous visitor sent to the login page) are not refusals of a record.
 * The row names the service, the method and its numeric arguments (record ids), never other arguments.
 */
@Configuration
class NekadAtkomstLyssnare {

    /** Makes Spring Security publish refusals as events (by default it publishes none). */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @Bean
    Lyssnare nekadAtkomstAudit(AuditService audit) {
        return new Lyssnare(audit);
    }

    record Lyssnare(AuditService audit) {

        @EventListener
        public void nekad(AuthorizationDeniedEvent<?> event) {
            if (!(event.getObject() instanceof MethodInvocation anrop)) {
                return;
            }
            String vem = Aktor.namn(event.getAuthentication().get());
            String id = Arrays.stream(anrop.getArguments())
                    .filter(a -> a instanceof Long || a instanceof Integer)
                    .map(String::valueOf)
                    .collect(Collectors.joining(","));
            audit.registreraFristaende(AuditHandelse.av(vem, AuditAtgard.ATKOMST_NEKAD)
                    .om(
                            ClassUtils.getUserClass(anrop.getMethod().getDeclaringClass())
                                    .getSimpleName(),
                            id.isEmpty() ? null : id.substring(0, Math.min(id.length(), 60)))
                    .med(anrop.getMethod().getName()));
        }
    }
}
