package se.finsam.sus.forsorjning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.finsam.sus.audit.Aktor;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.audit.AuditHandelse;
import se.finsam.sus.audit.AuditService;
import se.finsam.sus.base.Roller;
import se.finsam.sus.geografi.GeografiService;
import se.finsam.sus.geografi.KommunInfo;
import se.finsam.sus.geografi.LanInfo;
import se.finsam.sus.geografi.StadsdelInfo;

/**
 * Imports the three försörjningsmått files (docs/forsorjningsmatt.md). The file is streamed: one thread reads and
 * validates it (duplicate keys included) while the database loads the valid rows, so memory does not grow with the
 * file (but for the keys seen). Into an empty table the rows go straight in; otherwise through a staging table and a
 * set-based merge (new keys inserted, existing keys replaced). All of it happens in the transaction that writes the
 * import history row: on any error the transaction is rolled back and the (rejected) import is recorded on its own.
 * One import runs at a time.
 */
@Service
public class ForsorjningImportService {

    static final int MAX_FEL = 100;
    private static final int BATCH = 5_000;
    private static final long STORA_ANDRINGAR = 100_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final GeografiService geografi;
    private final AuditService audit;
    private final Clock clock;
    private final ReentrantLock enImportITaget = new ReentrantLock();
    private volatile Boolean h2;

    ForsorjningImportService(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            GeografiService geografi,
            AuditService audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.geografi = geografi;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    public ImportResultat importera(Filtyp typ, String filnamn, InputStream data) {
        String anvandare = inloggad();
        String namn = filnamn == null || filnamn.isBlank() ? "(namnlös)" : filnamn.strip();
        if (namn.length() > 255) {
            namn = namn.substring(0, 255);
        }
        Radkontroll kontroll = new Radkontroll(
                typ,
                ';',
                geografi.allaKommuner().stream().map(KommunInfo::kod).collect(Collectors.toUnmodifiableSet()),
                geografi.allaStadsdelar().stream().map(StadsdelInfo::kod).collect(Collectors.toUnmodifiableSet()),
                geografi.allaLan().stream().map(LanInfo::kod).collect(Collectors.toUnmodifiableSet()));
        final String filnamnet = namn;
        enImportITaget.lock();
        try {
            tomStage(typ);
            ImportResultat resultat = tx.execute(status -> {
                ImportResultat r = lasOchLagra(typ, filnamnet, data, kontroll);
                if (!r.lyckad()) {
                    status.setRollbackOnly();
                } else {
                    historik(anvandare, r);
                }
                return r;
            });
            if (!resultat.lyckad()) {
                tx.executeWithoutResult(status -> historik(anvandare, resultat));
            } else if (resultat.nya() + resultat.ersatta() > STORA_ANDRINGAR && !arH2()) {
                // Fresh statistics at once, so that the measure's range queries keep their index plans after a
                // large load (InnoDB would otherwise recalculate them later, in the background).
                jdbc.execute("analyze table " + typ.tabell);
            }
            return resultat;
        } finally {
            try {
                tomStage(typ);
            } finally {
                enImportITaget.unlock();
            }
        }
    }

    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    public List<ImportPost> historik(int forsta, int antal) {
        return jdbc.query(
                "select * from forsorjning_import order by tidpunkt desc, id desc limit ? offset ?",
                (rs, i) -> new ImportPost(
                        rs.getLong("id"),
                        rs.getTimestamp("tidpunkt").toInstant(),
                        rs.getString("anvandare"),
                        Filtyp.valueOf(rs.getString("filtyp")),
                        rs.getString("filnamn"),
                        rs.getString("checksumma"),
                        rs.getBoolean("lyckad"),
                        rs.getLong("antal_rader"),
                        rs.getLong("antal_nya"),
                        rs.getLong("antal_ersatta"),
                        rs.getLong("antal_oforandrade"),
                        rs.getLong("antal_fel")),
                antal,
                forsta);
    }

    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    public long antalImporter() {
        return jdbc.queryForObject("select count(*) from forsorjning_import", Long.class);
    }

    /**
     * Reads and validates the file in a second thread while the database loads the valid rows it writes: straight
     * into the real table when that is empty (all rows are new), otherwise into the staging table, which is then
     * compared with and merged into the real table. The caller rolls the transaction back when there are errors.
     */
    private ImportResultat lasOchLagra(Filtyp typ, String filnamn, InputStream data, Radkontroll kontroll) {
        boolean direkt =
                jdbc.queryForList("select 1 from " + typ.tabell + " limit 1").isEmpty();
        List<String> kolumner = new ArrayList<>(kolumner(typ));
        if (!direkt) {
            kolumner.addFirst("rad");
        }
        ImportLasare lasare = new ImportLasare(typ, kontroll, !direkt);
        Ror ror = new Ror();
        AtomicReference<Throwable> lasfel = new AtomicReference<>();
        Thread lasning = Thread.ofPlatform().name("forsorjning-import").start(() -> {
            try (OutputStream ut = ror.ut) {
                lasare.las(data, ut);
            } catch (Throwable e) {
                lasfel.set(e);
            }
        });
        long laddade;
        try {
            laddade = ladda(direkt ? typ.tabell : typ.stageTabell(), kolumner, ror.in);
        } catch (RuntimeException e) {
            ror.avbryt();
            vanta(lasning);
            throw e;
        }
        vanta(lasning);
        Throwable fel = lasfel.get();
        if (fel instanceof IOException io) {
            throw new UncheckedIOException("Filen kunde inte läsas", io);
        } else if (fel instanceof Error e) {
            throw e;
        } else if (fel != null) {
            throw (RuntimeException) fel;
        }
        long rader = lasare.rader();
        if (lasare.antalFel() > 0) {
            List<ImportFel> forsta = lasare.fel().stream()
                    .sorted(Comparator.comparingLong(ImportFel::rad))
                    .limit(MAX_FEL)
                    .toList();
            return new ImportResultat(
                    typ, filnamn, false, rader, 0, 0, 0, lasare.antalFel(), forsta, lasare.checksumma());
        }
        if (laddade != lasare.skrivna()) {
            throw new IllegalStateException("databasen tog emot " + laddade + " av " + lasare.skrivna() + " rader");
        }
        if (direkt) {
            return new ImportResultat(typ, filnamn, true, rader, rader, 0, 0, 0, List.of(), lasare.checksumma());
        }
        long[] antal = jamfor(typ);
        if (antal[0] + antal[1] > 0) {
            sammanfoga(typ);
        }
        return new ImportResultat(
                typ,
                filnamn,
                true,
                rader,
                antal[0],
                antal[1],
                rader - antal[0] - antal[1],
                0,
                List.of(),
                lasare.checksumma());
    }

    /**
     * Loads tab-separated rows into the table: on MariaDB with {@code LOAD DATA LOCAL INFILE} from the stream (the
     * rows are validated already), elsewhere with batched inserts. Returns the number of rows stored.
     */
    private long ladda(String tabell, List<String> kolumner, InputStream tsv) {
        if (!arH2()) {
            return jdbc.execute((ConnectionCallback<Long>) c -> {
                try (Statement st = c.createStatement()) {
                    st.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(tsv);
                    return (long) st.executeUpdate("load data local infile 'forsorjning.tsv' into table " + tabell
                            + " character set utf8mb4 fields terminated by '\\t' escaped by ''"
                            + " lines terminated by '\\n' (" + String.join(", ", kolumner) + ")");
                }
            });
        }
        String insert = "insert into " + tabell + " (" + String.join(", ", kolumner) + ") values (?"
                + ", ?".repeat(kolumner.size() - 1) + ")";
        long antal = 0;
        try (BufferedReader rader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
            List<Object[]> batch = new ArrayList<>(BATCH);
            for (String rad = rader.readLine(); rad != null; rad = rader.readLine()) {
                batch.add(rad.split("\t", -1));
                if (batch.size() == BATCH) {
                    antal += IntStream.of(jdbc.batchUpdate(insert, batch))
                            .filter(n -> n != 0)
                            .count();
                    batch.clear();
                }
            }
            antal += IntStream.of(jdbc.batchUpdate(insert, batch))
                    .filter(n -> n != 0)
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return antal;
    }

    private static void vanta(Thread trad) {
        try {
            trad.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("importen avbröts", e);
        }
    }

    /** [new, replaced] compared with what is stored. */
    private long[] jamfor(Filtyp typ) {
        String lika = typ.nycklar.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" and "));
        String oforandrad = typ.varden.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" and "));
        return jdbc.queryForObject(
                "select coalesce(sum(case when t." + typ.nycklar.getFirst()
                        + " is null then 1 else 0 end), 0), coalesce(sum(case when t." + typ.nycklar.getFirst()
                        + " is not null and not (" + oforandrad + ") then 1 else 0 end), 0) from " + typ.stageTabell()
                        + " s left join " + typ.tabell + " t on " + lika,
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
    }

    private void sammanfoga(Filtyp typ) {
        String kolumner = String.join(", ", kolumner(typ));
        if (arH2()) {
            jdbc.update("merge into " + typ.tabell + " (" + kolumner + ") key (" + String.join(", ", typ.nycklar)
                    + ") select " + kolumner + " from " + typ.stageTabell());
        } else {
            jdbc.update("insert into " + typ.tabell + " (" + kolumner + ") select " + kolumner + " from "
                    + typ.stageTabell() + " on duplicate key update "
                    + typ.varden.stream().map(v -> v + " = values(" + v + ")").collect(Collectors.joining(", ")));
        }
    }

    private void historik(String anvandare, ImportResultat r) {
        Instant nu = clock.instant();
        jdbc.update(
                "insert into forsorjning_import (tidpunkt, anvandare, filtyp, filnamn, checksumma, lyckad, "
                        + "antal_rader, antal_nya, antal_ersatta, antal_oforandrade, antal_fel) values (?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?)",
                Timestamp.from(nu),
                anvandare,
                r.filtyp().name(),
                r.filnamn(),
                r.checksumma(),
                r.lyckad(),
                r.antalRader(),
                r.nya(),
                r.ersatta(),
                r.oforandrade(),
                r.antalFel());
        String detaljer = r.filtyp().kommando() + " " + r.filnamn() + ": "
                + (r.lyckad()
                        ? r.antalRader() + " rader, " + r.nya() + " nya, " + r.ersatta() + " ersatta, "
                                + r.oforandrade() + " oförändrade"
                        : r.antalFel() + " fel, inget sparat")
                + ", sha256 " + r.checksumma();
        audit.registrera(AuditHandelse.av(
                        anvandare, r.lyckad() ? AuditAtgard.FORSORJNING_IMPORT : AuditAtgard.FORSORJNING_IMPORT_AVVISAD)
                .om("ForsorjningImport", r.filtyp().name())
                .med(detaljer.length() > 500 ? detaljer.substring(0, 500) : detaljer));
    }

    private void tomStage(Filtyp typ) {
        jdbc.execute("truncate table " + typ.stageTabell());
    }

    private boolean arH2() {
        if (h2 == null) {
            h2 = jdbc.execute((ConnectionCallback<Boolean>)
                    c -> c.getMetaData().getDatabaseProductName().toLowerCase().contains("h2"));
        }
        return h2;
    }

    private static List<String> kolumner(Filtyp typ) {
        return Stream.concat(typ.nycklar.stream(), typ.varden.stream()).toList();
    }

    private static String inloggad() {
        return Aktor.namn();
    }
}
