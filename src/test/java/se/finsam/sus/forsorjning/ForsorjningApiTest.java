package se.finsam.sus.forsorjning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.sus.WebTest;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The open data API over real HTTP, without login. */
class ForsorjningApiTest extends WebTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @BeforeEach
    void data() {
        Testdata.tom(jdbc);
        jdbc.update("insert into forsorjning_befolkning (omrade, ar, befolkning_16_64) values ('0180', 2012, 600000)");
        jdbc.update("insert into forsorjning_utbetalning (omrade, ar, kv, forman, belopp) values "
                + "('0180', 2013, 2, 'SJP', 54600000), ('0180', 2013, 2, 'EKB', 1000000.01), "
                + "('0180', 2013, 4, 'SA', 1)");
        jdbc.update(
                "insert into forsorjning_helarsekvivalent (omrade, ar, forman, helarsekvivalenter, befolkning_20_64)"
                        + " values ('00', 2021, 'SJP', 784018, 5903486)");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void kommunAsJsonWithEveryQuarterOfTheRange() throws Exception {
        HttpResponse<String> r = get("/api/v1/forsorjningsmatt?niva=kommun&kod=0180");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode body = json.readTree(r.body());
        assertThat(names(body)).containsExactly("niva", "kod", "namn", "varden");
        assertThat(body.get("niva").asString()).isEqualTo("kommun");
        assertThat(body.get("kod").asString()).isEqualTo("0180");
        assertThat(body.get("namn").asString()).isEqualTo("Stockholm");
        JsonNode varden = body.get("varden");
        assertThat(varden).hasSize(3);
        JsonNode q2 = varden.get(0);
        assertThat(names(q2))
                .containsExactly(
                        "kvartal", "dagar", "befolkning_16_64", "komplett", "saknas", "kr_per_invanare_och_dag");
        assertThat(q2.get("kvartal").asString()).isEqualTo("2013K2");
        assertThat(q2.get("dagar").asInt()).isEqualTo(91);
        assertThat(q2.get("befolkning_16_64").asLong()).isEqualTo(600000);
        assertThat(q2.get("komplett").asBoolean()).isTrue();
        assertThat(q2.get("saknas")).isEmpty();
        JsonNode kr = q2.get("kr_per_invanare_och_dag");
        assertThat(names(kr)).containsExactlyElementsOf(Forman.serienamn());
        assertThat(kr.get("SJP").decimalValue()).isEqualByComparingTo("1");
        // 1000000.01 / (600000 × 91) = 0.01831501849…, rounded to six decimals as documented
        assertThat(kr.get("EKB").decimalValue()).isEqualByComparingTo(new BigDecimal("0.018315"));
        JsonNode q3 = varden.get(1);
        assertThat(q3.get("kvartal").asString()).isEqualTo("2013K3");
        assertThat(q3.get("kr_per_invanare_och_dag").isNull()).isTrue();
        assertThat(q3.get("komplett").asBoolean()).isFalse();
        assertThat(q3.get("saknas").get(0).asString()).isEqualTo("0180");
    }

    @Test
    void rangeRiketAndCsv() throws Exception {
        JsonNode riket = json.readTree(get("/api/v1/forsorjningsmatt?niva=riket&fran=2013K1&till=2013K2")
                .body());
        assertThat(riket.get("niva").asString()).isEqualTo("riket");
        assertThat(riket.get("varden")).hasSize(2);
        assertThat(riket.get("varden").get(1).get("saknas")).hasSize(289);

        HttpResponse<String> csv =
                get("/api/v1/forsorjningsmatt?niva=kommun&kod=0180&fran=2013K2&till=2013K3&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        String[] rader = csv.body().split("\r\n");
        assertThat(rader[0])
                .isEqualTo("kvartal;dagar;befolkning_16_64;komplett;saknas;" + String.join(";", Forman.serienamn()));
        assertThat(rader[1])
                .as("rounded as the JSON, with a decimal point for programs")
                .startsWith("2013K2;91;600000;true;;")
                .contains(";0.018315;");
        assertThat(rader[1].split(";")).allSatisfy(cell -> assertThat(cell).doesNotContainPattern("\\.\\d{7}"));
        assertThat(rader[2])
                .isEqualTo(
                        "2013K3;92;;false;0180" + ";".repeat(Forman.serienamn().size()));
    }

    @Test
    void forbundIsItsSamverkansorganisationsKommuner() throws Exception {
        long id = jdbc.queryForObject("select min(organisation_id) from organisation_kommun", Long.class);
        List<String> medlemmar = jdbc.queryForList(
                "select kommun_kod from organisation_kommun where organisation_id = ? order by kommun_kod",
                String.class,
                id);
        String forsta = medlemmar.getFirst();
        jdbc.update("insert into forsorjning_befolkning (omrade, ar, befolkning_16_64) values (?, 2012, 1000)", forsta);
        jdbc.update(
                "insert into forsorjning_utbetalning (omrade, ar, kv, forman, belopp) values (?, 2013, 2, 'SA', 91000)",
                forsta);

        JsonNode body =
                json.readTree(get("/api/v1/forsorjningsmatt?niva=forbund&kod=" + id + "&fran=2013K2&till=2013K2")
                        .body());
        assertThat(body.get("niva").asString()).isEqualTo("forbund");
        assertThat(body.get("kod").asString()).isEqualTo(String.valueOf(id));
        assertThat(body.get("namn").asString())
                .isEqualTo(
                        jdbc.queryForObject("select namn from samverkansorganisation where id = ?", String.class, id));
        JsonNode q = body.get("varden").get(0);
        assertThat(q.get("befolkning_16_64").asLong()).isEqualTo(1000);
        assertThat(q.get("kr_per_invanare_och_dag").get("SA").decimalValue()).isEqualByComparingTo("1");
        assertThat(q.get("komplett").asBoolean()).isEqualTo(medlemmar.size() == 1);
        List<String> saknas = new ArrayList<>();
        q.get("saknas").forEach(n -> saknas.add(n.asString()));
        assertThat(saknas).containsExactlyElementsOf(medlemmar.subList(1, medlemmar.size()));
    }

    @Test
    void quartersOutsideTheCalendarAre400NotAServerError() throws Exception {
        // Issue 12 #9: these gave 500, then a redirect to the login page, and a stack trace per request.
        for (String fraga : new String[] {"fran=9999K4", "till=9999K4", "fran=0000K1"}) {
            HttpResponse<String> r = get("/api/v1/forsorjningsmatt?" + fraga);
            assertThat(r.statusCode()).as(fraga).isEqualTo(400);
            assertThat(names(json.readTree(r.body()))).as(fraga).containsExactly("fel");
        }
        // The last quarter there is: a valid question (with no data), which must not step past the calendar.
        HttpResponse<String> r = get("/api/v1/forsorjningsmatt?niva=riket&fran=9999K4");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("9999K4");
    }

    @Test
    void theErrorPageIsReachableWithoutLogin() throws Exception {
        HttpResponse<String> r = get("/error");
        assertThat(r.statusCode()).as("not a redirect to the login page").isNotIn(301, 302, 303, 401, 403);
    }

    @Test
    void badQuestionsAre400WithAnError() throws Exception {
        for (String fraga : new String[] {
            "niva=socken&kod=1",
            "niva=kommun&kod=9999",
            "niva=kommun",
            "niva=kommun&kod=0180&fran=2013K5",
            "niva=kommun&kod=0180&fran=2013-2",
            "niva=kommun&kod=0180&fran=2014K1&till=2013K4",
            "niva=forbund&kod=999999",
            "niva=forbund&kod=x",
            "niva=lan&kod=99",
            ""
        }) {
            HttpResponse<String> r = get("/api/v1/forsorjningsmatt?" + fraga);
            assertThat(r.statusCode()).as(fraga).isEqualTo(400);
            assertThat(names(json.readTree(r.body()))).as(fraga).containsExactly("fel");
        }
    }

    @Test
    void helarsekvivalenterForRiket() throws Exception {
        HttpResponse<String> r = get("/api/v1/helarsekvivalenter?niva=riket&ar=2021");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode v = json.readTree(r.body()).get("varden").get(0);
        assertThat(v.get("ar").asInt()).isEqualTo(2021);
        assertThat(v.get("helarsekvivalenter").decimalValue()).isEqualByComparingTo("784018");
        assertThat(v.get("befolkning_20_64").asLong()).isEqualTo(5903486);
        assertThat(v.get("andel_procent").decimalValue().setScale(1, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("13.3");
        assertThat(get("/api/v1/helarsekvivalenter?niva=riket&ar=20x1").statusCode())
                .isEqualTo(400);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
