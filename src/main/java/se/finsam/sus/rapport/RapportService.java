package se.finsam.sus.rapport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.audit.AuditHandelse;
import se.finsam.sus.audit.AuditService;
import se.finsam.sus.base.Oversattningar;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.SqlVillkor;
import se.finsam.sus.base.databas.LasesFranReplika;
import se.finsam.sus.behorighet.BehorighetService;
import se.finsam.sus.behorighet.RapportOmfattning;

/**
 * Runs reports: checks that the unit is inside the reader's scope (refused and audited otherwise), audits the run
 * (who, which report, which selection), lets the family compute its tables with the scope inside every query, and
 * protects every table against small counts before returning it. The only way to a report, so neither check nor
 * protection can be skipped.
 */
@Service
@PreAuthorize(Roller.INLOGGAD_REGEL)
@Transactional(readOnly = true)
@LasesFranReplika
public class RapportService {

    private final NamedParameterJdbcTemplate jdbc;
    private final BehorighetService behorighet;
    private final AuditService audit;
    private final Smatalsskydd skydd;
    private final Clock clock;
    private final Map<Rapportfamilj, Rapportberakning> berakningar = new EnumMap<>(Rapportfamilj.class);

    RapportService(
            NamedParameterJdbcTemplate jdbc,
            BehorighetService behorighet,
            AuditService audit,
            Smatalsskydd skydd,
            Clock clock,
            List<Rapportberakning> berakningar) {
        this.jdbc = jdbc;
        this.behorighet = behorighet;
        this.audit = audit;
        this.skydd = skydd;
        this.clock = clock;
        berakningar.forEach(b -> this.berakningar.put(b.familj(), b));
    }

    /** The families that exist in this build, in menu order. */
    public List<Rapportfamilj> familjer() {
        return List.of(Rapportfamilj.values()).stream()
                .filter(berakningar::containsKey)
                .toList();
    }

    /** May the user read any report at all? (The menu and the pages ask.) */
    public boolean farLasaRapporter() {
        return !behorighet.rapportOmfattning().arTom();
    }

    /** The threshold below which person counts are hidden, for the footnote. */
    public int smatalsgrans() {
        return skydd.grans();
    }

    /** The current year: the default period. */
    public Period standardperiod() {
        return Period.ar(LocalDate.now(clock).getYear());
    }

    /** Every unit the reader may choose, widest first: riket, län, förbund, insatser (by förbund and name). */
    public List<Enhetsval> valbaraEnheter() {
        return valbaraEnheter(behorighet.rapportOmfattning());
    }

    private List<Enhetsval> valbaraEnheter(RapportOmfattning omf) {
        List<Enhetsval> val = new ArrayList<>();
        if (omf.arTom()) {
            return val;
        }
        if (omf.riket()) {
            val.add(new Enhetsval(Enhet.RIKET, Oversattningar.svenska("rapport.enhet.riket"), null));
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        String lanVillkor = omf.riket() ? "1 = 1" : omf.lanKoder().isEmpty() ? "1 = 0" : "kod in (:lan)";
        p.addValue("lan", omf.lanKoder());
        jdbc.query("select kod, namn from lan where " + lanVillkor + " order by namn", p, rs -> {
            val.add(new Enhetsval(Enhet.lan(rs.getString(1)), rs.getString(2), null));
        });
        SqlVillkor forbund = omf.forbundsvillkor("o");
        jdbc.query(
                "select o.id, o.namn from samverkansorganisation o where " + forbund.sql() + " order by o.namn",
                forbund.parametrar(),
                rs -> {
                    val.add(new Enhetsval(Enhet.forbund(rs.getLong(1)), rs.getString(2), null));
                });
        SqlVillkor insats = omf.villkor("i");
        jdbc.query(
                "select i.id, i.namn, o.namn from insats i join samverkansorganisation o on o.id = i.organisation_id"
                        + " where " + insats.sql() + " order by o.namn, i.namn",
                insats.parametrar(),
                rs -> {
                    val.add(new Enhetsval(Enhet.insats(rs.getLong(1)), rs.getString(2), rs.getString(3)));
                });
        return val;
    }

    /**
     * Runs a report. A unit outside the reader's scope (or one that does not exist) is refused with an
     * {@link Urvalsfel}, and the attempt audited; the run is audited before the figures are computed.
     */
    public Rapport kor(Rapportfamilj familj, Rapporturval urval, Locale locale) {
        Rapportberakning berakning = berakningar.get(familj);
        if (berakning == null) {
            throw new Urvalsfel("rapport.fel.familj", familj.route());
        }
        RapportOmfattning omf = behorighet.rapportOmfattning();
        Enhetsval enhet = valbaraEnheter(omf).stream()
                .filter(e -> e.enhet().equals(urval.enhet()))
                .findFirst()
                .orElseThrow(() -> nekad(familj, urval));
        if (urval.jamfor() && urval.enhet().niva() == Niva.INSATS) {
            throw new Urvalsfel("rapport.fel.jamfor-insats", urval.enhet().text());
        }
        audit.registreraFristaende(AuditHandelse.av(AuditAtgard.RAPPORT_KORD)
                .om("rapport", familj.route())
                .med(urval.beskrivning()));
        Rapportfraga fraga = new Rapportfraga(jdbc, urval, omf.villkor("i"), locale);
        List<Rapporttabell> tabeller = berakning.tabeller(fraga).stream()
                .map(skydd::skydda)
                .map(t -> t.harPersontal()
                        ? t.medFotnot(Oversattningar.text(locale, "rapport.fotnot.smatal", skydd.grans()))
                        : t)
                .toList();
        return new Rapport(
                familj,
                Oversattningar.text(locale, familj.titelNyckel()),
                enhet.enhet().niva() == Niva.RIKET ? Oversattningar.text(locale, "rapport.enhet.riket") : enhet.namn(),
                urval,
                urvalstext(urval, enhet, locale),
                clock.instant(),
                tabeller,
                forbundFor(enhet.enhet()));
    }

    /**
     * Audits an export of a report that was run (format: csv, xlsx, pdf), in a transaction of its own: the export
     * itself only reads.
     */
    public void exporterad(Rapport rapport, String format) {
        audit.registreraFristaende(AuditHandelse.av(AuditAtgard.RAPPORT_EXPORTERAD)
                .om("rapport", rapport.familj().route())
                .med(format + " " + rapport.urval().beskrivning()));
    }

    private Urvalsfel nekad(Rapportfamilj familj, Rapporturval urval) {
        audit.registreraFristaende(AuditHandelse.av(AuditAtgard.ATKOMST_NEKAD)
                .om("rapport", familj.route())
                .med(urval.beskrivning()));
        return new Urvalsfel("rapport.fel.utanfor-omfattning", urval.enhet().text());
    }

    private Long forbundFor(Enhet enhet) {
        return switch (enhet.niva()) {
            case FORBUND -> enhet.id();
            case INSATS ->
                jdbc.queryForObject(
                        "select organisation_id from insats where id = :id",
                        new MapSqlParameterSource("id", enhet.id()),
                        Long.class);
            default -> null;
        };
    }

    private static String urvalstext(Rapporturval urval, Enhetsval enhet, Locale locale) {
        List<String> delar = new ArrayList<>();
        delar.add(Oversattningar.text(
                locale,
                "rapport.urval.period",
                urval.period().fran(),
                urval.period().till()));
        delar.add(Oversattningar.text(
                locale,
                "rapport.urval.enhet",
                enhet.enhet().niva() == Niva.RIKET
                        ? Oversattningar.text(locale, "rapport.enhet.riket")
                        : enhet.namn()));
        if (urval.finansieringsform() != null) {
            delar.add(Oversattningar.text(
                    locale, "finansieringsform." + urval.finansieringsform().name()));
        }
        if (urval.inriktning() != null) {
            delar.add(Oversattningar.text(
                    locale, "inriktning." + urval.inriktning().name()));
        }
        if (urval.malgrupp() != null) {
            delar.add(Oversattningar.text(locale, "malgrupp." + urval.malgrupp().name()));
        }
        if (urval.kalla() != null) {
            delar.add(Oversattningar.text(
                    locale, "deltagare.forsorjningskalla." + urval.kalla().name()));
        }
        return String.join(" · ", delar);
    }
}
