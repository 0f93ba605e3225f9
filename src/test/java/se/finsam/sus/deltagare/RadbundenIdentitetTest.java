package se.finsam.sus.deltagare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.base.GammalKryptering;
import se.finsam.sus.base.Kryptering;
import se.finsam.sus.base.Radbindning;
import se.finsam.sus.behorighet.TestInloggning;

/**
 * Issue 12 #15: each encrypted identity number is bound to its participation's row (AES-GCM associated data), and
 * numbers stored by earlier versions are bound by the start-up step {@link Radbindning}. On the real database with
 * the demo data, as the demo handläggare in an insats of the first förbund.
 */
@ExtendWith(OutputCaptureExtension.class)
class RadbundenIdentitetTest extends DatabaseTest {

    /** Test persons are born in 1952, apart from the other tests' (1950, 1955) and the demo data (1960–2005). */
    private static final AtomicInteger NASTA = new AtomicInteger();

    private static final String KOLUMN = "deltagande.identitet_krypterad";

    @Autowired
    DeltagandeService service;

    @Autowired
    PersonSokning personSokning;

    @Autowired
    DeltagarInsatser deltagarInsatser;

    @Autowired
    Radbindning radbindning;

    @Autowired
    Kryptering kryptering;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    long egen;

    /** The stored values of the rows a test changed behind the service, written back afterwards. */
    private final Map<Long, Map<String, Object>> original = new LinkedHashMap<>();

    @BeforeEach
    void loggaIn() {
        TestInloggning.fullt(authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("handlaggare", "sus-demo-2026")));
        egen = TestDeltagare.oppenInsatsINorraStockholm(deltagarInsatser, java.time.LocalDate.now());
    }

    @AfterEach
    void aterstall() {
        // Other tests read every participation of the demo handläggare: leave none that does not decrypt.
        original.forEach((id, v) -> jdbc.update(
                "update deltagande set identitet_krypterad = ?, identitet_hash = ? where id = ?",
                v.get("identitet_krypterad"),
                v.get("identitet_hash"),
                id));
        SecurityContextHolder.clearContext();
    }

    @Test
    void aNewParticipationsNumberIsEncryptedBoundToItsOwnRow() {
        String nummer = nyttNummer();
        long id = registrera(nummer);
        String lagrat =
                jdbc.queryForObject("select identitet_krypterad from deltagande where id = ?", String.class, id);
        assertThat(lagrat).startsWith("v2:").doesNotContain(nummer);
        assertThat(kryptering.dekryptera(lagrat, DeltagarUppgifter.KRYPTERAD_IDENTITET, id))
                .isEqualTo(nummer);
        assertThatThrownBy(() -> kryptering.dekryptera(lagrat, DeltagarUppgifter.KRYPTERAD_IDENTITET, id + 1))
                .isInstanceOf(IllegalStateException.class);
        assertThat(service.hamta(id).identitetsnummer()).isEqualTo(formaterat(nummer));
    }

    @Test
    void anEncryptedNumberSwappedBetweenTwoRowsInSqlDoesNotDecryptAndNoNumberIsLogged(CapturedOutput logg) {
        String forsta = nyttNummer();
        String andra = nyttNummer();
        long a = registrera(forsta);
        long b = registrera(andra);
        spara(a, b);

        // Only the encrypted numbers swapped: the rows keep their own look-up hashes.
        byt(a, b, "identitet_krypterad");
        avvisas(() -> service.hamta(a), a, forsta, andra, logg);
        avvisas(() -> service.hamta(b), b, forsta, andra, logg);
        avvisas(() -> personSokning.forPerson(forsta), a, forsta, andra, logg);
        avvisas(
                () -> service.sok(egen, new DeltagandeFilter(DeltagandeFilter.Status.ALLA, andra), Pageable.unpaged())
                        .toList(),
                b,
                forsta,
                andra,
                logg);

        // Both columns swapped, so that a search for one person finds the other's row: still refused.
        byt(a, b, "identitet_hash");
        avvisas(() -> service.hamta(a), a, forsta, andra, logg);
        avvisas(() -> personSokning.forPerson(andra), a, forsta, andra, logg);

        // Only the look-up hashes swapped (the encrypted numbers back in place): the hash must be the number's.
        byt(a, b, "identitet_krypterad");
        assertThatThrownBy(() -> service.hamta(a))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The look-up hash of " + KOLUMN + " row " + a + " is not its identity number's");
        assertThatThrownBy(() -> personSokning.forPerson(forsta))
                .as("a search for the first person finds the second's row")
                .hasMessageContaining("row " + b + " is not its identity number's");
        assertThat(logg.getAll()).doesNotContain(forsta).doesNotContain(andra);
    }

    @Test
    void numbersOfAnEarlierVersionAreBoundOnceByTheStartUpStepAndStillFoundShownAndListed(CapturedOutput logg) {
        List<String> nummer = List.of(nyttNummer(), nyttNummer(), nyttNummer());
        List<Long> ids = nummer.stream().map(this::registrera).toList();
        spara(ids.toArray(Long[]::new));
        for (int i = 0; i < ids.size(); i++) {
            jdbc.update(
                    "update deltagande set identitet_krypterad = ? where id = ?",
                    GammalKryptering.obunden(nummer.get(i)),
                    ids.get(i));
        }
        assertThatThrownBy(() -> service.hamta(ids.getFirst()))
                .as("before the step: the unbound value is refused")
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The encrypted value in " + KOLUMN + " row " + ids.getFirst()
                        + " is not bound to its row (the format of an earlier version) and is refused");

        // As at the first start of this version on a database of an earlier one: the column is not yet marked.
        jdbc.update("delete from kryptering_radbindning where kolumn = ?", KOLUMN);
        int auditFore = auditRader();
        radbindning.bindAlla();

        List<String> bundna = lagrade(ids);
        assertThat(bundna).allSatisfy(v -> assertThat(v).startsWith("v2:"));
        assertThat(jdbc.queryForObject("select antal from kryptering_radbindning where kolumn = ?", Long.class, KOLUMN))
                .as("exactly the values of the earlier version were encrypted again")
                .isEqualTo(3);
        assertThat(auditRader()).isEqualTo(auditFore + 1);
        assertThat(jdbc.queryForMap(
                        "select anvandare, objekttyp, detaljer from audit_post where atgard = 'KRYPTERING_RADBUNDEN' "
                                + "and objekt_id = ? order by id desc limit 1",
                        KOLUMN))
                .containsEntry("anvandare", "system")
                .containsEntry("objekttyp", "Kolumn")
                .containsEntry("detaljer", "omkrypterade=3");
        assertThat(logg.getAll())
                .contains("Encrypted values of " + KOLUMN + " bound to their rows: 3 of an earlier version")
                .doesNotContain(nummer.get(0))
                .doesNotContain(nummer.get(1))
                .doesNotContain(nummer.get(2));

        // What users do with the numbers still works: the detail view, the search by number, the insats's list.
        for (int i = 0; i < ids.size(); i++) {
            assertThat(service.hamta(ids.get(i)).identitetsnummer()).isEqualTo(formaterat(nummer.get(i)));
            long id = ids.get(i);
            assertThat(personSokning.forPerson(nummer.get(i)))
                    .extracting(p -> p.deltagande().id(), p -> p.deltagande().identitetsnummer())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(id, formaterat(nummer.get(i))));
            assertThat(service.sok(
                                    egen,
                                    new DeltagandeFilter(DeltagandeFilter.Status.ALLA, nummer.get(i)),
                                    Pageable.unpaged())
                            .map(DeltagandeRad::id))
                    .containsExactly(id);
        }
        assertThat(service.sok(egen, DeltagandeFilter.alla(), Pageable.unpaged())
                        .filter(r -> ids.contains(r.id()))
                        .map(DeltagandeRad::identitetsnummer))
                .containsExactlyInAnyOrderElementsOf(
                        nummer.stream().map(RadbundenIdentitetTest::formaterat).toList());

        // Idempotent: at the next start nothing is done (the column is marked) ...
        radbindning.bindAlla();
        assertThat(lagrade(ids)).isEqualTo(bundna);
        assertThat(auditRader()).isEqualTo(auditFore + 1);
        // ... and even without the mark, no bound value is touched.
        jdbc.update("delete from kryptering_radbindning where kolumn = ?", KOLUMN);
        radbindning.bindAlla();
        assertThat(lagrade(ids)).isEqualTo(bundna);
        assertThat(jdbc.queryForObject("select antal from kryptering_radbindning where kolumn = ?", Long.class, KOLUMN))
                .isZero();
    }

    @Test
    void anUnboundValuePutIntoAColumnAlreadyBoundIsRefusedNotBound() {
        String nummer = nyttNummer();
        long id = registrera(nummer);
        spara(id);
        assertThat(jdbc.queryForObject(
                        "select count(*) from kryptering_radbindning where kolumn = ?", Long.class, KOLUMN))
                .as("bound at start-up")
                .isOne();
        String gammalt = GammalKryptering.obunden(nummer);
        jdbc.update("update deltagande set identitet_krypterad = ? where id = ?", gammalt, id);

        radbindning.bindAlla();

        assertThat(jdbc.queryForObject("select identitet_krypterad from deltagande where id = ?", String.class, id))
                .isEqualTo(gammalt);
        assertThatThrownBy(() -> service.hamta(id))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("row " + id + " is not bound to its row")
                .hasMessageNotContaining(nummer);
    }

    /** The call is refused with the message naming the column and row, and no number appears anywhere. */
    private static void avvisas(ThrowingCallable anrop, long rad, String forsta, String andra, CapturedOutput logg) {
        assertThatThrownBy(anrop)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The encrypted value in " + KOLUMN + " row " + rad + " does not decrypt: it belongs to"
                        + " another row or was altered, or SUS_KRYPTERINGSNYCKEL is wrong")
                .satisfies(e -> {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage()))
                                .doesNotContain(forsta)
                                .doesNotContain(andra)
                                .doesNotContain(forsta.substring(2, 8))
                                .doesNotContain(andra.substring(2, 8));
                    }
                });
        assertThat(logg.getAll()).doesNotContain(forsta).doesNotContain(andra);
    }

    private long registrera(String nummer) {
        return service.registrera(
                egen, TestDeltagare.inskrivning(nummer, LocalDate.now(clock).minusDays(30), "0114"));
    }

    /** Keeps the rows' stored values to write back after the test. */
    private void spara(Long... ids) {
        for (long id : ids) {
            original.put(
                    id,
                    jdbc.queryForMap("select identitet_krypterad, identitet_hash from deltagande where id = ?", id));
        }
    }

    /** Swaps a column's values of two rows, as someone with write access to the database could. */
    private void byt(long a, long b, String kolumn) {
        String va = jdbc.queryForObject("select " + kolumn + " from deltagande where id = ?", String.class, a);
        String vb = jdbc.queryForObject("select " + kolumn + " from deltagande where id = ?", String.class, b);
        jdbc.update("update deltagande set " + kolumn + " = ? where id = ?", vb, a);
        jdbc.update("update deltagande set " + kolumn + " = ? where id = ?", va, b);
    }

    private List<String> lagrade(List<Long> ids) {
        List<String> v = new ArrayList<>();
        for (long id : ids) {
            v.add(jdbc.queryForObject("select identitet_krypterad from deltagande where id = ?", String.class, id));
        }
        return v;
    }

    private int auditRader() {
        return jdbc.queryForObject(
                "select count(*) from audit_post where atgard = 'KRYPTERING_RADBUNDEN' and objekt_id = ?",
                Integer.class,
                KOLUMN);
    }

    private static String formaterat(String nummer) {
        return nummer.substring(0, 8) + "-" + nummer.substring(8);
    }

    /** A new valid test personnummer (born 1952, individual number in the 98x/99x test series). */
    private static String nyttNummer() {
        int n = NASTA.incrementAndGet();
        LocalDate fodd = LocalDate.of(1952, 1, 1).plusDays(n % 365);
        return SyntetiskaDeltagare.personnummer(1952, fodd.getMonthValue(), fodd.getDayOfMonth(), 980 + n / 365);
    }
}
