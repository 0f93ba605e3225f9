package se.finsam.sus.forsorjning;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
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
    private static final long STORA_ANDRINGAR = 100_000;

    private final Importtabeller tabeller;
    private final LagradeSummor summor;
    private final TransactionTemplate tx;
    private final GeografiService geografi;
    private final AuditService audit;
    private final Clock clock;
    private final ReentrantLock enImportITaget = new ReentrantLock();
    private final long maxStorlek;

    ForsorjningImportService(
            Importtabeller tabeller,
            LagradeSummor summor,
            PlatformTransactionManager transactions,
            GeografiService geografi,
            AuditService audit,
            Clock clock,
            @Value("${sus.import.max-storlek:200MB}") DataSize maxStorlek) {
        this.tabeller = tabeller;
        this.summor = summor;
        this.maxStorlek = maxStorlek.toBytes();
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
            tabeller.tomStage(typ);
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
            } else if (resultat.nya() + resultat.ersatta() > STORA_ANDRINGAR) {
                tabeller.analysera(typ);
            }
            return resultat;
        } finally {
            try {
                tabeller.tomStage(typ);
            } finally {
                enImportITaget.unlock();
            }
        }
    }

    /** The largest file accepted, in bytes ({@code sus.import.max-storlek}); reading a larger one stops there. */
    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    public long maxStorlek() {
        return maxStorlek;
    }

    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    public List<ImportPost> historik(int forsta, int antal) {
        return tabeller.historik(forsta, antal);
    }

    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    public long antalImporter() {
        return tabeller.antalImporter();
    }

    /**
     * Reads and validates the file in a second thread while the database loads the valid rows it writes: straight
     * into the real table when that is empty (all rows are new), otherwise into the staging table, which is then
     * compared with and merged into the real table. The caller rolls the transaction back when there are errors.
     */
    private ImportResultat lasOchLagra(Filtyp typ, String filnamn, InputStream data, Radkontroll kontroll) {
        boolean direkt = tabeller.arTom(typ);
        List<String> kolumner = new ArrayList<>(Importtabeller.kolumner(typ));
        if (!direkt) {
            kolumner.addFirst("rad");
        }
        ImportLasare lasare = new ImportLasare(typ, kontroll, !direkt, maxStorlek);
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
            laddade = tabeller.ladda(direkt ? typ.tabell : typ.stageTabell(), kolumner, ror.in);
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
            uppdateraSummor(typ, typ.tabell);
            return new ImportResultat(typ, filnamn, true, rader, rader, 0, 0, 0, List.of(), lasare.checksumma());
        }
        long[] antal = tabeller.jamfor(typ);
        if (antal[0] + antal[1] > 0) {
            tabeller.sammanfoga(typ);
            uppdateraSummor(typ, typ.stageTabell());
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
     * The stored sums of län and riket ({@link LagradeSummor}) for the quarters the imported rows in {@code rader}
     * can change, in the import's transaction: an import that fails changes no sum either.
     */
    private void uppdateraSummor(Filtyp typ, String rader) {
        if (typ == Filtyp.UTBETALNINGAR) {
            summor.efterUtbetalningar(rader);
        } else if (typ == Filtyp.BEFOLKNING) {
            summor.efterBefolkning(rader);
        }
    }

    private static void vanta(Thread trad) {
        try {
            trad.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("importen avbröts", e);
        }
    }

    private void historik(String anvandare, ImportResultat r) {
        tabeller.sparaHistorik(clock.instant(), anvandare, r);
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

    private static String inloggad() {
        return Aktor.namn();
    }
}
