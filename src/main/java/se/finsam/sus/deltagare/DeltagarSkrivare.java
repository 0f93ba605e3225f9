package se.finsam.sus.deltagare;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.sus.base.Kryptering;

/**
 * Writes generated participations straight to the tables with JDBC batches (demo data at start-up, benchmarks),
 * bypassing the service: no audit rows, no rules beyond those the generator keeps. Ids are assigned here (so each
 * identity number is encrypted bound to its row straight away), and the identity column is moved past them
 * afterwards.
 */
final class DeltagarSkrivare {

    private static final String DELTAGANDE = "insert into deltagande (id, version, insats_id, organisation_id, "
            + "identitet_krypterad, identitet_hash, samordningsnummer, kon, aldersgrupp, hemkommun, utbildningsniva, "
            + "remitterande, tid_i_utanforskap, samtycke_datum, samtycke_registrering, samtycke_registrerat_av, "
            + "startdatum, slutdatum, avslutsanledning, timmar_start_arbete_med_stod, "
            + "timmar_start_arbete_utan_stod, timmar_start_studier, timmar_start_eget_foretag, "
            + "timmar_slut_arbete_med_stod, timmar_slut_arbete_utan_stod, timmar_slut_studier, "
            + "timmar_slut_eget_foretag, arbetssokande_start, arbetssokande_slut, anonymiserad, skapad, skapad_av) "
            + "values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, "
            + "?, ?)";
    private static final String FORSORJNING =
            "insert into deltagande_forsorjning (deltagande_id, tillfalle, kalla) values (?, ?, ?)";
    private static final String BEHOVSGRUPP =
            "insert into deltagande_behovsgrupp (deltagande_id, behovsgrupp) values (?, ?)";
    private static final String SAMTYCKE =
            "insert into deltagande_samtycke_myndighet (deltagande_id, myndighet) values (?, ?)";

    private final JdbcTemplate jdbc;
    private final Kryptering kryptering;
    private final String registreratAv;
    private final LocalDateTime skapad;
    private long nastaId;

    DeltagarSkrivare(JdbcTemplate jdbc, Kryptering kryptering, String registreratAv, Instant skapad) {
        this.jdbc = jdbc;
        this.kryptering = kryptering;
        this.registreratAv = registreratAv;
        this.skapad = LocalDateTime.ofInstant(skapad, ZoneOffset.UTC);
        this.nastaId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from deltagande", Long.class);
    }

    /** Inserts the rows as batches: participations first, then their ticks, consent authorities and behovsgrupper. */
    void skriv(List<SyntetiskaDeltagare.Rad> rader) {
        List<Object[]> deltaganden = new ArrayList<>(rader.size());
        List<Object[]> forsorjning = new ArrayList<>();
        List<Object[]> samtycke = new ArrayList<>();
        List<Object[]> behovsgrupper = new ArrayList<>();
        for (SyntetiskaDeltagare.Rad r : rader) {
            long id = nastaId++;
            var start = r.vidStart();
            var slut = r.vidSlut();
            deltaganden.add(new Object[] {
                id,
                r.insatsId(),
                r.organisationId(),
                kryptering.kryptera(r.siffror(), DeltagarUppgifter.KRYPTERAD_IDENTITET, id),
                kryptering.hmac(r.siffror()),
                r.samordningsnummer(),
                r.profil().kon().name(),
                r.profil().aldersgrupp().name(),
                r.profil().hemkommun(),
                namn(r.profil().utbildningsniva()),
                r.profil().remitterande().name(),
                r.profil().tidIUtanforskap().name(),
                r.samtyckeDatum(),
                registreratAv,
                r.startdatum(),
                r.slutdatum(),
                namn(r.anledning()),
                start.timmarArbeteMedStod(),
                start.timmarArbeteUtanStod(),
                start.timmarStudier(),
                start.timmarEgetForetag(),
                slut == null ? null : slut.timmarArbeteMedStod(),
                slut == null ? null : slut.timmarArbeteUtanStod(),
                slut == null ? null : slut.timmarStudier(),
                slut == null ? null : slut.timmarEgetForetag(),
                r.profil().arbetssokande(),
                r.arbetssokandeSlut(),
                skapad,
                registreratAv
            });
            start.kallor().forEach(k -> forsorjning.add(new Object[] {id, "START", k.name()}));
            if (slut != null) {
                slut.kallor().forEach(k -> forsorjning.add(new Object[] {id, "SLUT", k.name()}));
            }
            r.informationsutbyte().forEach(m -> samtycke.add(new Object[] {id, m.name()}));
            r.behovsgrupper().forEach(b -> behovsgrupper.add(new Object[] {id, b.name()}));
        }
        jdbc.batchUpdate(DELTAGANDE, deltaganden);
        jdbc.batchUpdate(FORSORJNING, forsorjning);
        jdbc.batchUpdate(SAMTYCKE, samtycke);
        jdbc.batchUpdate(BEHOVSGRUPP, behovsgrupper);
    }

    /** Moves the identity column past the ids assigned here (MariaDB does so by itself, H2 does not). */
    void flyttaIdentitet() {
        Boolean h2 = jdbc.execute((Connection c) -> c.getMetaData()
                .getDatabaseProductName()
                .toLowerCase(java.util.Locale.ROOT)
                .contains("h2"));
        if (Boolean.TRUE.equals(h2)) {
            jdbc.execute("alter table deltagande alter column id restart with " + nastaId);
        }
    }

    private static String namn(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /** Brings the report sums (deltagande_flode, the försörjning bit sets) up to date with what was written. */
    void summera() {
        new DeltagandeFlode(jdbc).omrakna();
    }
}
