package se.finsam.sus;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.finsam.sus.base.UtanBehorighetskontroll;

/**
 * Every public method of every application service carries an authorization rule ({@code @PreAuthorize} on the
 * method or its class), or says explicitly why it needs none. A new service method without a rule fails the build.
 */
class ServiceBehorighetTest {

    @Test
    void everyPublicServiceMethodHasAnAuthorizationRule() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<Class<?>> services = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("se.finsam.sus")) {
            services.add(Class.forName(candidate.getBeanClassName()));
        }
        assertThat(services).as("services found").hasSizeGreaterThanOrEqualTo(4);

        List<String> unprotected = new ArrayList<>();
        for (Class<?> service : services) {
            if (!Modifier.isPublic(service.getModifiers())) {
                continue; // package-private services are reachable only from their own feature
            }
            for (Method method : service.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !hasRule(service, method)) {
                    unprotected.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(unprotected)
                .as("public service methods without an authorization rule")
                .isEmpty();
    }

    @Test
    void exceptionsSayWhy() throws Exception {
        Method registrera = Arrays.stream(se.finsam.sus.audit.AuditService.class.getMethods())
                .filter(m -> m.getName().equals("registrera"))
                .findFirst()
                .orElseThrow();
        assertThat(registrera.getAnnotation(UtanBehorighetskontroll.class).varfor())
                .isNotBlank();
    }

    private static boolean hasRule(Class<?> service, Method method) {
        // Only @PreAuthorize counts: JSR-250 method security (@RolesAllowed) is deliberately not enabled.
        return method.isAnnotationPresent(PreAuthorize.class)
                || method.isAnnotationPresent(UtanBehorighetskontroll.class)
                || service.isAnnotationPresent(PreAuthorize.class);
    }
}
