package se.finsam.sus.behorighet;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits per client address (Bucket4j token buckets): the login ({@code POST /login}) and the open API
 * ({@code GET /api/v1/**}), each with its own limit per minute from the properties
 * {@code sus.anropsgrans.inloggning-per-minut} and {@code sus.anropsgrans.api-per-minut}. A request over the limit
 * gets 429 with {@code Retry-After} (seconds), before anything else is done for it. The address is the client's
 * also behind a proxy ({@code server.forward-headers-strategy}).
 *
 * <p>Not a Spring bean on purpose: a bean of type Filter would also be registered outside the security chain.
 */
final class Anropsbegransning extends OncePerRequestFilter {

    /** Beyond this many addresses the buckets are forgotten (all of them start full again): bounded memory. */
    static final int MAX_ADRESSER = 100_000;

    private final long inloggningarPerMinut;
    private final long apiAnropPerMinut;
    private final Map<String, Bucket> hinkar = new ConcurrentHashMap<>();

    Anropsbegransning(long inloggningarPerMinut, long apiAnropPerMinut) {
        this.inloggningarPerMinut = inloggningarPerMinut;
        this.apiAnropPerMinut = apiAnropPerMinut;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String sokvag =
                request.getRequestURI().substring(request.getContextPath().length());
        boolean inloggning = HttpMethod.POST.matches(request.getMethod()) && sokvag.equals("/login");
        boolean api = sokvag.startsWith("/api/");
        if (!inloggning && !api) {
            chain.doFilter(request, response);
            return;
        }
        if (hinkar.size() > MAX_ADRESSER) {
            hinkar.clear();
        }
        String nyckel = (inloggning ? "login|" : "api|") + request.getRemoteAddr();
        Bucket hink = hinkar.computeIfAbsent(nyckel, n -> ny(inloggning ? inloggningarPerMinut : apiAnropPerMinut));
        ConsumptionProbe svar = hink.tryConsumeAndReturnRemaining(1);
        if (svar.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long sekunder = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(svar.getNanosToWaitForRefill() + 999_999_999L));
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(sekunder));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (api) {
            response.setContentType("application/json");
            response.getWriter().write("{\"fel\":\"för många anrop, försök igen om " + sekunder + " sekunder\"}");
        } else {
            response.setContentType("text/plain");
            response.getWriter().write("För många inloggningsförsök. Försök igen om " + sekunder + " sekunder.");
        }
    }

    private static Bucket ny(long perMinut) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perMinut)
                        .refillIntervally(perMinut, Duration.ofMinutes(1))
                        .build())
                .build();
    }
}
