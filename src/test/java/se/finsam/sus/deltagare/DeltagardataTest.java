package se.finsam.sus.deltagare;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSetMetaData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.behorighet.TestInloggning;

/**
 * Issue 11's participant data on the real database: several prioriterade behovsgrupper, utbildningsnivå and
 * aktivt arbetssökande at entry and exit, stored, read back, corrected with history, and visible in the report view
 * {@code deltagande_rapport}.
 */
class DeltagardataTest extends DatabaseTest {

    /** Test persons are born in 1956: outside the demo data (1960–2005) and the other tests' years. */
    private static final AtomicInteger NASTA = new AtomicInteger();

    /** The report view's columns, in order (changeset 0082). */
    static final List<String> RAPPORTKOLUMNER = List.of(
            "id",
            "insats_id",
            "organisation_id",
            "hemkommun",
            "lan_kod",
            "kon",
            "aldersgrupp",
            "remitterande",
            "tid_i_utanforskap",
            "samordningsnummer",
            "startdatum",
            "slutdatum",
            "avslutsanledning",
            "timmar_start_arbete_med_stod",
            "timmar_start_arbete_utan_stod",
            "timmar_start_studier",
            "timmar_start_eget_foretag",
            "timmar_slut_arbete_med_stod",
            "timmar_slut_arbete_utan_stod",
            "timmar_slut_studier",
            "timmar_slut_eget_foretag",
            "identitet_hash",
            "utbildningsniva",
            "arbetssokande_start",
            "arbetssokande_slut",
            "forsorjning_start_bitar",
            "forsorjning_slut_bitar");

    @Autowired
    DeltagandeService service;

    @Autowired
    DeltagarInsatser deltagarInsatser;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    LocalDate idag;
    long insats;

    @BeforeEach
    void loggaIn() throws Exception {
        idag = LocalDate.now(clock);
        TestInloggning.fullt(authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("handlaggare", "sus-demo-2026")));
        insats = TestDeltagare.oppenInsatsINorraStockholm(deltagarInsatser, idag);
    }

    @AfterEach
    void loggaUt() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void severalBehovsgrupperUtbildningsnivaAndArbetssokandeRoundTrip() {
        long id = service.registrera(
                insats,
                inskrivning(
                        nyttNummer(),
                        Set.of(Behovsgrupp.LANGTIDSSJUKSKRIVNA, Behovsgrupp.UNGA_FUNKTIONSNEDSATTNING),
                        Utbildningsniva.GYMNASIAL,
                        true));
        DeltagandeDetalj d = service.hamta(id);
        assertThat(d.behovsgrupper())
                .containsExactlyInAnyOrder(Behovsgrupp.LANGTIDSSJUKSKRIVNA, Behovsgrupp.UNGA_FUNKTIONSNEDSATTNING);
        assertThat(d.profil().utbildningsniva()).isEqualTo(Utbildningsniva.GYMNASIAL);
        assertThat(d.profil().arbetssokande()).isTrue();
        assertThat(d.arbetssokandeVidSlut()).as("nothing at exit while active").isNull();
        assertThat(d.inskrivning().behovsgrupper()).isEqualTo(d.behovsgrupper());
        assertThat(jdbc.queryForList(
                        "select behovsgrupp from deltagande_behovsgrupp where deltagande_id = ? order by behovsgrupp",
                        String.class,
                        id))
                .containsExactly("LANGTIDSSJUKSKRIVNA", "UNGA_FUNKTIONSNEDSATTNING");

        Inskrivning in = d.inskrivning();
        DeltagandeDetalj rattad = service.rattaInskrivning(
                id,
                d.version(),
                new Inskrivning(
                        in.identitetsnummer(),
                        in.startdatum(),
                        in.samtycke(),
                        in.kon(),
                        in.hemkommun(),
                        Set.of(Behovsgrupp.UNGA_AKTIVITETSERSATTNING),
                        null,
                        in.remitterande(),
                        in.tidIUtanforskap(),
                        false,
                        in.forsorjningVidStart()));
        assertThat(rattad.behovsgrupper()).containsExactly(Behovsgrupp.UNGA_AKTIVITETSERSATTNING);
        assertThat(rattad.profil().utbildningsniva()).isNull();
        assertThat(rattad.profil().arbetssokande()).isFalse();
        assertThat(service.historik(id))
                .extracting(a -> a.falt() + ": " + a.gammaltVarde() + " -> " + a.nyttVarde())
                .containsExactlyInAnyOrder(
                        "behovsgrupper: [LANGTIDSSJUKSKRIVNA, UNGA_FUNKTIONSNEDSATTNING] -> [UNGA_AKTIVITETSERSATTNING]",
                        "utbildningsniva: GYMNASIAL -> null",
                        "arbetssokandeStart: true -> false");

        DeltagandeDetalj ute = service.skrivUt(
                id,
                rattad.version(),
                new Utskrivning(
                        idag.minusDays(2),
                        Avslutsanledning.ARBETE,
                        new Forsorjning(Set.of(Forsorjningskalla.LON), 0, 30, 0, 0),
                        true));
        assertThat(ute.arbetssokandeVidSlut()).isTrue();
        assertThat(ute.utskrivning().arbetssokande()).isTrue();
        DeltagandeDetalj rattadUt = service.skrivUt(
                id,
                ute.version(),
                new Utskrivning(
                        idag.minusDays(2),
                        Avslutsanledning.ARBETE,
                        new Forsorjning(Set.of(Forsorjningskalla.LON), 0, 30, 0, 0),
                        false));
        assertThat(rattadUt.arbetssokandeVidSlut()).isFalse();
        assertThat(service.historik(id))
                .extracting(a -> a.falt() + ": " + a.gammaltVarde() + " -> " + a.nyttVarde())
                .contains("arbetssokandeSlut: true -> false");
    }

    @Test
    void noBehovsgruppIsAnEmptySetAndAFelregistreringRecordsNothingAtExit() {
        long id = service.registrera(insats, inskrivning(nyttNummer(), null, null, false));
        DeltagandeDetalj d = service.hamta(id);
        assertThat(d.behovsgrupper()).isEmpty();
        assertThat(d.profil().utbildningsniva()).isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from deltagande_behovsgrupp where deltagande_id = ?", Integer.class, id))
                .isZero();
        DeltagandeDetalj fel = service.skrivUt(
                id, d.version(), new Utskrivning(d.startdatum(), Avslutsanledning.FELREGISTRERING, null, true));
        assertThat(fel.arbetssokandeVidSlut()).as("nothing recorded at exit").isNull();
        assertThat(jdbc.queryForObject("select arbetssokande_slut from deltagande where id = ?", Boolean.class, id))
                .isNull();
    }

    @Test
    void theReportViewHasTheNewColumnsAndReadsBehovsgrupperByJoin() {
        long id = service.registrera(
                insats,
                inskrivning(
                        nyttNummer(),
                        Set.of(Behovsgrupp.LANGTIDSSJUKSKRIVNA, Behovsgrupp.UNGA_AKTIVITETSERSATTNING),
                        Utbildningsniva.EFTERGYMNASIAL_LANG,
                        true));
        DeltagandeDetalj d = service.hamta(id);
        service.skrivUt(
                id,
                d.version(),
                new Utskrivning(
                        idag.minusDays(1),
                        Avslutsanledning.STUDIER,
                        new Forsorjning(Set.of(Forsorjningskalla.STUDIEMEDEL), 0, 0, 40, 0),
                        false));

        List<String> kolumner = jdbc.query("select * from deltagande_rapport where 1 = 0", rs -> {
            ResultSetMetaData md = rs.getMetaData();
            List<String> namn = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                namn.add(md.getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
            return namn;
        });
        assertThat(kolumner).containsExactlyElementsOf(RAPPORTKOLUMNER);

        var rad = jdbc.queryForMap(
                "select identitet_hash, utbildningsniva, arbetssokande_start, arbetssokande_slut"
                        + " from deltagande_rapport where id = ?",
                id);
        assertThat(rad.get("identitet_hash"))
                .isEqualTo(jdbc.queryForObject("select identitet_hash from deltagande where id = ?", String.class, id));
        assertThat(rad.get("utbildningsniva")).isEqualTo("EFTERGYMNASIAL_LANG");
        assertThat(rad.get("arbetssokande_start")).isEqualTo(true);
        assertThat(rad.get("arbetssokande_slut")).isEqualTo(false);
        assertThat(jdbc.queryForList(
                        "select b.behovsgrupp from deltagande_rapport r join deltagande_behovsgrupp b"
                                + " on b.deltagande_id = r.id where r.id = ? order by b.behovsgrupp",
                        String.class,
                        id))
                .containsExactly("LANGTIDSSJUKSKRIVNA", "UNGA_AKTIVITETSERSATTNING");
        assertThat(jdbc.queryForObject(
                        "select count(distinct identitet_hash) from deltagande_rapport where id = ?",
                        Integer.class,
                        id))
                .isEqualTo(1);
    }

    private Inskrivning inskrivning(
            String nummer, Set<Behovsgrupp> behovsgrupper, Utbildningsniva niva, boolean arbetssokande) {
        LocalDate start = idag.minusDays(30);
        return new Inskrivning(
                nummer,
                start,
                new Samtycke(start, Set.of(Myndighet.FORSAKRINGSKASSAN), true),
                null,
                "0114",
                behovsgrupper,
                niva,
                Myndighet.FORSAKRINGSKASSAN,
                TidIUtanforskap.AR_1_2,
                arbetssokande,
                new Forsorjning(Set.of(Forsorjningskalla.SJUKPENNING), 0, 0, 0, 0));
    }

    /** A new valid test personnummer (born 1956, individual number in the 98x/99x test series). */
    private static String nyttNummer() {
        int n = NASTA.incrementAndGet();
        LocalDate fodd = LocalDate.of(1956, 1, 1).plusDays(n % 365);
        return SyntetiskaDeltagare.personnummer(1956, fodd.getMonthValue(), fodd.getDayOfMonth(), 980 + n / 365);
    }
}
