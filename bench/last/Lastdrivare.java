import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load driver for issue 14 ("many users at once"): virtual users replay mixed sessions against a running SUS over
 * Vaadin Flow's own protocol, with nothing but the JDK (java.net.http). Run with the source launcher:
 *
 * <pre>
 * java bench/last/Lastdrivare.java http://127.0.0.1:8093 300 120
 * </pre>
 * (base URL, concurrent users, seconds). What one handläggare session does, each step timed as one request type:
 * GET /login (the page) and the UI's init request ({@code ?v-r=init}, which gives the uiId and the CSRF token
 * Vaadin-Security-Key); POST /login; init + UIDL navigation to /tvafaktor; the one-time code (property sync of the
 * text field, its change event, a click on Fortsätt; at the user's first login the enrolment page's secret is read
 * and stored); the page reload after the login (init + navigation to the start view); the försörjningsmått
 * dashboard (UIDL navigation); an insats's participant grid (navigation plus the grid's setViewportRange call). One
 * session in four is an anonymous visitor of the dashboard only. Every UIDL POST carries csrfToken, syncId and
 * clientId as a browser does; an answer counts as an error when it is not HTTP 200, says the session expired, asks
 * for a resynchronisation, or is not the expected view. Think time 1–3 s between steps.
 * The users last1..lastN come from bench/last/anvandare.sql. Each virtual user is bound to one account.
 */
public class Lastdrivare {

    static final Map<String, ConcurrentLinkedQueue<Long>> TIDER = new ConcurrentHashMap<>();
    static final Map<String, AtomicLong> FEL = new ConcurrentHashMap<>();
    static final Map<String, String> FELEXEMPEL = new ConcurrentHashMap<>();
    static final Map<Integer, String> HEMLIGHETER = new ConcurrentHashMap<>();
    static final Map<Integer, Long> SENASTE_STEG = new ConcurrentHashMap<>();
    static final String LOSENORD = "sus-demo-2026";
    static String bas;
    static volatile boolean slut;

    public static void main(String[] args) throws Exception {
        bas = args.length > 0 ? args[0] : "http://127.0.0.1:8093";
        int anvandare = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int sekunder = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int uppvarmning = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        List<Thread> trådar = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 1; i <= anvandare; i++) {
            int nr = i;
            trådar.add(Thread.ofVirtual().start(() -> {
                try {
                    // Spread the arrivals over 20 s (or the warm-up), as users do not all press Enter at once.
                    Thread.sleep(ThreadLocalRandom.current().nextLong(Math.max(1, Math.min(20, sekunder / 3)) * 1000L));
                    while (!slut) {
                        if (nr % 4 == 0) {
                            besokare();
                        } else {
                            handlaggare(nr);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        if (uppvarmning > 0) {
            Thread.sleep(uppvarmning * 1000L);
            TIDER.clear();
            FEL.clear();
        }
        Thread.sleep(sekunder * 1000L);
        slut = true;
        for (Thread t : trådar) {
            t.join(60_000);
        }
        rapport(anvandare, (System.nanoTime() - start) / 1e9 - uppvarmning);
    }

    /** An anonymous visitor of the public försörjningsmått dashboard. */
    static void besokare() throws InterruptedException {
        Ui ui = new Ui();
        try {
            ui.sida("dashboard: GET sida", "forsorjningsmatt");
            ui.init("dashboard: init", "forsorjningsmatt");
            ui.navigera("dashboard: navigering", "forsorjningsmatt", "Försörjningsmått – SUS");
        } catch (Fel e) {
            return;
        }
        tanketid();
    }

    /** A handläggare: login with second factor, dashboard, participant grid. */
    static void handlaggare(int nr) throws InterruptedException {
        Ui ui = new Ui();
        String namn = "last" + nr;
        try {
            ui.sida("login: GET sida", "login");
            ui.init("login: init", "login");
            tanketid();
            ui.loggaIn(namn);
            ui.init("tvafaktor: init", "tvafaktor");
            String svar = ui.navigera("tvafaktor: navigering", "tvafaktor", "engangskod");
            String hemlighet = HEMLIGHETER.get(nr);
            boolean registrerar = false;
            // Enrolment: the page shows the new secret for typing by hand, in groups of four.
            Matcher m = Pattern.compile("\"[^\"]*?: ((?:[A-Z2-7]{4} ){3,}[A-Z2-7]{1,4})\"").matcher(svar);
            if (m.find()) {
                hemlighet = m.group(1).replace(" ", "");
                registrerar = true;
            } else if (hemlighet == null) {
                throw ui.fel("tvafaktor: navigering", "neither enrolment nor a known secret");
            }
            tanketid();
            long steg = nastaSteg(nr);
            String kod = totp(hemlighet, steg);
            ui.engangskod(registrerar ? "tvafaktor: registrering" : "tvafaktor: kod", kod);
            HEMLIGHETER.put(nr, hemlighet);
            SENASTE_STEG.put(nr, steg);
            // The view reloads the page after the login.
            ui.init("start: init", "");
            ui.navigera("start: navigering", "", "sus-innehall");
            tanketid();
            ui.navigera("dashboard: navigering (inloggad)", "forsorjningsmatt", "Försörjningsmått – SUS");
            tanketid();
            int insats = 1 + ThreadLocalRandom.current().nextInt(4);
            ui.navigera("deltagargrid: navigering", "insatser/" + insats + "/deltagare", "vaadin-grid");
            ui.gridSida("deltagargrid: forsta sidan", 0, 50);
            tanketid();
            ui.gridSida("deltagargrid: bladdra", 50, 50);
            tanketid();
        } catch (Fel e) {
            // Counted; the session is abandoned, and the user tries again after a pause (not in a tight loop).
            tanketid();
        }
    }

    /** A one-time code is accepted once per 30-second step and user: wait for a step after the last used one. */
    static long nastaSteg(int nr) throws InterruptedException {
        while (true) {
            long steg = System.currentTimeMillis() / 30_000;
            if (steg > SENASTE_STEG.getOrDefault(nr, 0L)) {
                return steg;
            }
            Thread.sleep(1000);
        }
    }

    static void tanketid() throws InterruptedException {
        Thread.sleep(1000 + ThreadLocalRandom.current().nextInt(2000));
    }

    static final class Fel extends Exception {
        Fel(String s) {
            super(s, null, false, false);
        }
    }

    /** One browser tab: cookies, the UI's id, CSRF token, syncId and clientId. */
    static final class Ui {
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        // Each virtual user comes from its own address (X-Forwarded-For is honoured from loopback), as real users
        // do, so that the per-address login rate limit applies per user.
        final String adress = "10.14." + ThreadLocalRandom.current().nextInt(256) + "."
                + ThreadLocalRandom.current().nextInt(256);
        int uiId;
        String csrf;
        int syncId;
        int clientId;
        String senaste = "";
        int grid = -1;

        HttpRequest.Builder req(String path) {
            return HttpRequest.newBuilder(URI.create(bas + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("X-Forwarded-For", adress);
        }

        String skicka(String typ, HttpRequest r, int forvantad) throws Fel {
            long t = System.nanoTime();
            HttpResponse<String> svar;
            try {
                svar = http.send(r, HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw fel(typ, e.toString());
            }
            long ns = System.nanoTime() - t;
            TIDER.computeIfAbsent(typ, k -> new ConcurrentLinkedQueue<>()).add(ns);
            if (svar.statusCode() != forvantad) {
                throw fel(typ, "HTTP " + svar.statusCode());
            }
            return svar.body();
        }

        Fel fel(String typ, String vad) {
            FEL.computeIfAbsent(typ, k -> new AtomicLong()).incrementAndGet();
            FELEXEMPEL.putIfAbsent(typ, vad.length() > 300 ? vad.substring(0, 300) : vad);
            return new Fel(typ + ": " + vad);
        }

        void sida(String typ, String route) throws Fel {
            String html = skicka(typ, req("/" + route).GET().build(), 200);
            if (!html.contains("window.Vaadin")) {
                throw fel(typ, "not the bootstrap page");
            }
        }

        void init(String typ, String route) throws Fel {
            String q = "/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                    + "&query=&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1800&v-bh=960&v-bw=1800&v-curdate="
                    + System.currentTimeMillis() + "&v-tzo=-60&v-dstd=60&v-rtzo=-60&v-dston=false"
                    + "&v-tzid=Europe%2FStockholm";
            String json = skicka(typ, req(q).GET().build(), 200);
            Matcher ui = Pattern.compile("\"v-uiId\":(\\d+)").matcher(json);
            Matcher key = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(json);
            if (!ui.find() || !key.find()) {
                throw fel(typ, "no uiId or security key");
            }
            uiId = Integer.parseInt(ui.group(1));
            csrf = key.group(1);
            syncId = sista(json, "syncId", 0);
            clientId = sista(json, "clientId", 0);
        }

        void loggaIn(String namn) throws Fel {
            String form = "username=" + namn + "&password=" + LOSENORD;
            skicka(
                    "login: POST /login",
                    req("/login")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    302);
        }

        /** One UIDL round trip with the given rpc invocations; checks what a browser would choke on. */
        String uidl(String typ, String rpc, String maste) throws Fel {
            String body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId + "}";
            String svar = skicka(
                    typ,
                    req("/?v-r=uidl&v-uiId=" + uiId)
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    200);
            if (svar.contains("sessionExpired") || svar.contains("\"resynchronize\"") || svar.contains("appError")) {
                throw fel(typ, "session expired / resync / error: " + svar);
            }
            syncId = sista(svar, "syncId", syncId);
            clientId = sista(svar, "clientId", clientId + 1);
            if (maste != null && !svar.contains(maste)) {
                throw fel(typ, "answer lacks " + maste + ": " + svar);
            }
            senaste = svar;
            return svar;
        }

        String navigera(String typ, String route, String maste) throws Fel {
            return uidl(
                    typ,
                    "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                            + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                            + "\"trigger\":\"link\"}}",
                    maste);
        }

        void engangskod(String typ, String kod) throws Fel {
            int falt = nod(senaste, "engangskod");
            int knapp = nod(senaste, "fortsatt");
            uidl(
                    typ,
                    "{\"type\":\"mSync\",\"node\":" + falt + ",\"feature\":1,\"property\":\"value\",\"value\":\"" + kod
                            + "\"},{\"type\":\"event\",\"node\":" + falt + ",\"event\":\"change\",\"data\":{}},"
                            + "{\"type\":\"event\",\"node\":" + knapp + ",\"event\":\"click\",\"data\":{}}",
                    "location.reload");
        }

        void gridSida(String typ, int start, int antal) throws Fel {
            if (grid < 0) {
                grid = nodMedTagg(senaste, "vaadin-grid");
            }
            uidl(
                    typ,
                    "{\"type\":\"publishedEventHandler\",\"node\":" + grid
                            + ",\"templateEventMethodName\":\"setViewportRange\",\"templateEventMethodArgs\":[" + start
                            + "," + antal + "],\"promise\":0}",
                    null);
        }

        int nod(String svar, String id) throws Fel {
            Matcher m = Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\""
                            + Pattern.quote(id) + "\"")
                    .matcher(svar);
            if (!m.find()) {
                throw fel("node lookup", "no element with id " + id);
            }
            return Integer.parseInt(m.group(1));
        }

        int nodMedTagg(String svar, String tagg) throws Fel {
            Matcher m = Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":\\d+,\"value\":\""
                            + Pattern.quote(tagg) + "\"")
                    .matcher(svar);
            if (!m.find()) {
                int i = svar.indexOf(tagg);
                throw fel("node lookup", "no " + tagg + (i < 0 ? "" : " at " + svar.substring(Math.max(0, i - 150), Math.min(svar.length(), i + 100))));
            }
            return Integer.parseInt(m.group(1));
        }

        static int sista(String json, String nyckel, int standard) {
            Matcher m = Pattern.compile("\"" + nyckel + "\":(-?\\d+)").matcher(json);
            int v = standard;
            boolean hittad = false;
            while (m.find()) {
                v = Integer.parseInt(m.group(1));
                hittad = true;
                break; // the message's own syncId/clientId come first at the top level
            }
            return hittad ? v : standard;
        }
    }

    /** RFC 6238 TOTP, SHA-1, 6 digits, 30 s (the application's parameters). */
    static String totp(String base32, long steg) {
        try {
            byte[] nyckel = base32(base32);
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(nyckel, "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(steg).array());
            int o = h[h.length - 1] & 0xf;
            int bin = ((h[o] & 0x7f) << 24) | ((h[o + 1] & 0xff) << 16) | ((h[o + 2] & 0xff) << 8) | (h[o + 3] & 0xff);
            return String.format("%06d", bin % 1_000_000);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] base32(String s) {
        String alfabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var ut = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bitar = 0;
        for (char c : s.replace("=", "").toCharArray()) {
            buffer = (buffer << 5) | alfabet.indexOf(c);
            bitar += 5;
            if (bitar >= 8) {
                ut.write((buffer >> (bitar - 8)) & 0xff);
                bitar -= 8;
            }
        }
        return ut.toByteArray();
    }

    static void rapport(int anvandare, double sekunder) {
        System.out.printf("LAST users=%d measured=%.0f s%n", anvandare, sekunder);
        System.out.printf("LAST %-36s %7s %8s %8s %8s %8s %6s%n", "request type", "count", "p50 ms", "p95 ms", "p99 ms",
                "max ms", "errors");
        long alla = 0;
        long allaFel = 0;
        List<Long> samtliga = new ArrayList<>();
        for (var e : new TreeMap<>(TIDER).entrySet()) {
            long[] t = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            long fel = FEL.getOrDefault(e.getKey(), new AtomicLong()).get();
            alla += t.length;
            allaFel += fel;
            for (long x : t) {
                samtliga.add(x);
            }
            System.out.printf("LAST %-36s %7d %8.1f %8.1f %8.1f %8.1f %6d%n", e.getKey(), t.length, p(t, 50), p(t, 95),
                    p(t, 99), t[t.length - 1] / 1e6, fel);
        }
        long[] s = samtliga.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("LAST %-36s %7d %8.1f %8.1f %8.1f %8.1f %6d  (%.1f req/s)%n", "ALL", alla, p(s, 50), p(s, 95),
                p(s, 99), s.length == 0 ? 0 : s[s.length - 1] / 1e6, allaFel, alla / sekunder);
        FEL.forEach((k, v) -> {
            if (!TIDER.containsKey(k)) {
                System.out.printf("LAST errors without timing %s: %d%n", k, v.get());
            }
        });
        FELEXEMPEL.forEach((k, v) -> System.out.printf("LAST example error %s: %s%n", k, v));
    }

    static double p(long[] t, int pct) {
        if (t.length == 0) {
            return 0;
        }
        return t[Math.min(t.length - 1, (int) Math.ceil(t.length * pct / 100.0) - 1)] / 1e6;
    }
}
