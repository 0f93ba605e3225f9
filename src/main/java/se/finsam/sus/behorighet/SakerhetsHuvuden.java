package se.finsam.sus.behorighet;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every response (issue 12 #5). Spring Security's defaults stay on: {@code nosniff},
 * {@code Cache-Control: no-store} on everything that does not set its own caching (Vaadin's pages carry personal
 * data; its hashed static bundles set their own), and HSTS on secure requests only (behind a TLS proxy, the
 * request is secure when the proxy sends {@code X-Forwarded-Proto: https}, see
 * {@code server.forward-headers-strategy}). On top of them:
 * <ul>
 *   <li>pages get a Content-Security-Policy that Vaadin Flow works with: its bootstrap needs inline script and
 *       {@code eval} ({@code 'unsafe-inline' 'unsafe-eval'}) and inline styles, but nothing may come from another
 *       origin, no plug-in runs, no page may frame SUS ({@code frame-ancestors 'none'}) and forms post only to SUS;
 *   <li>files that SUS serves itself through Vaadin (logos, exports: {@code /VAADIN/dynamic/resource/...}) get
 *       {@value #FILER}: opened directly, even a hostile file can neither run script nor load anything;
 *   <li>{@code Referrer-Policy: same-origin}, so no address inside SUS leaks to another site.
 * </ul>
 */
final class SakerhetsHuvuden {

    static final String SIDOR = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String FILER = "default-src 'none'; sandbox";
    private static final String DYNAMISKA_FILER = "/VAADIN/dynamic/resource/";

    private SakerhetsHuvuden() {}

    static void konfigurera(HttpSecurity http) throws Exception {
        http.headers(h -> h.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        // Before the request is served: Vaadin writes its pages past the filter's commit hook.
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter((request, response) ->
                        response.setHeader("Content-Security-Policy", arFil(request) ? FILER : SIDOR)));
    }

    private static boolean arFil(HttpServletRequest request) {
        String sokvag =
                request.getRequestURI().substring(request.getContextPath().length());
        return sokvag.startsWith(DYNAMISKA_FILER);
    }
}
