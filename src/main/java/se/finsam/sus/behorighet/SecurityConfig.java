package se.finsam.sus.behorighet;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import se.finsam.sus.base.Roller;
import se.finsam.sus.behorighet.ui.LoginView;

/**
 * Web and method security. Views are denied unless annotated; application services carry their own rules
 * ({@code @PreAuthorize}), which are enforced whoever calls them. JSR-250 method security stays off on purpose:
 * views carry {@code @RolesAllowed}/{@code @PermitAll} for Vaadin's navigation checks, and with it on, Spring would
 * wrap every view in a proxy.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** Only with a web server: the command-line import (Application.main) starts without one. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ELegitimation elegitimation,
            ObjectProvider<ClientRegistrationRepository> registreringar,
            ELegitimationInloggning inloggning,
            AnvandareRepository anvandare,
            @Value("${sus.anropsgrans.inloggning-per-minut}") long inloggningarPerMinut,
            @Value("${sus.anropsgrans.api-per-minut}") long apiAnropPerMinut,
            @Value("${sus.session.max-livstid:10h}") Duration maxLivstid,
            Clock clock)
            throws Exception {
        // Rate limits per client address on the login and the open API, before anything else is done.
        http.addFilterBefore(
                new Anropsbegransning(inloggningarPerMinut, apiAnropPerMinut), DisableEncodeUrlFilter.class);
        // A deactivated user, or one whose roles changed, loses the open session at the next request; every
        // session ends at its absolute lifetime.
        http.addFilterAfter(new KontoKontroll(anvandare, maxLivstid, clock), SecurityContextHolderFilter.class);
        // Login CSRF: no state-changing request from another site, the login form's POST /login included.
        http.addFilterBefore(new SammaUrsprungFilter(), CsrfFilter.class);
        SakerhetsHuvuden.konfigurera(http);
        // Health probes for the orchestrator; nothing else from Actuator is exposed (see application.properties).
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                .permitAll()
                // The stylesheet from frontend/styles, needed by the login page before anyone is logged in.
                .requestMatchers("/styles/**")
                .permitAll()
                // The user guide's screenshots (static files taken from the synthetic demo data): Vaadin's own
                // rules refuse every static file not declared public, logged in or not.
                .requestMatchers(HttpMethod.GET, "/hjalp/bilder/**")
                .permitAll()
                // The open data API of the försörjningsmått: read only, no login.
                .requestMatchers(HttpMethod.GET, "/api/v1/**")
                .permitAll()
                // Spring Boot's error page, so that an error answers as an error, not as a redirect to the login.
                .requestMatchers("/error")
                .permitAll());
        if (elegitimation.aktiv()) {
            ELegitimationFlode.konfigurera(http, elegitimation, registreringar, inloggning);
        }
        // The API is read-only (GET), so CSRF protection (which only guards state-changing methods) is not in its way.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /** BCrypt by default, behind a delegating encoder so that the algorithm can be upgraded per user later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider authenticationProvider(
            AnvandareRepository anvandare, PasswordEncoder encoder, Inloggningsforsok forsok) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new SusUserDetailsService(anvandare));
        provider.setPasswordEncoder(encoder);
        // The lock is checked, atomically with counting the attempt, by TvastegsProvider before the password.
        provider.setPreAuthenticationChecks(user -> {
            SusPrincipal principal = (SusPrincipal) user;
            if (!principal.isEnabled()) {
                throw new DisabledException("Account deactivated");
            }
        });
        return new TvastegsProvider(provider, forsok);
    }

    /**
     * After a correct password, a user who needs a second factor gets only {@link Roller#TVAFAKTOR_KRAVS}: no
     * role, no access to any view but the one-time-code view, and no service. Everyone else gets their roles and
     * {@link Roller#INLOGGAD} at once.
     */
    record TvastegsProvider(DaoAuthenticationProvider losenord, Inloggningsforsok forsok)
            implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) {
            // Counted before the password is checked, so that parallel attempts cannot pass the lock.
            forsok.rakna(
                    Anvandare.normalisera(authentication.getName()),
                    authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null);
            Authentication resultat = losenord.authenticate(authentication);
            SusPrincipal principal = (SusPrincipal) resultat.getPrincipal();
            var behorigheter = principal.kraverTvafaktor()
                    ? List.of(new SimpleGrantedAuthority(Roller.TVAFAKTOR_KRAVS))
                    : principal.fullaBehorigheter();
            UsernamePasswordAuthenticationToken token =
                    UsernamePasswordAuthenticationToken.authenticated(principal, null, behorigheter);
            token.setDetails(authentication.getDetails());
            return token;
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return losenord.supports(authentication);
        }
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        // Failure events are looked up by exact exception class; make sure none goes unrecorded.
        events.setAdditionalExceptionMappings(Map.of(KontoLastException.class, AuthenticationFailureLockedEvent.class));
        events.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return events;
    }
}
