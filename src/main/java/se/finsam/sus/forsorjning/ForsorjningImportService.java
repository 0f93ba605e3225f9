package se.finsam.sus.forsorjning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.audit.AuditHandelse;
import se.finsam.sus.audit.AuditService;
import se.finsam.sus.base.Roller;
import se.finsam.sus.geografi.GeografiService;
import se.finsam.sus.geografi.KommunInfo;
import se.finsam.sus.geografi.LanInfo;
import se.finsam.sus.geografi.StadsdelInfo;

/**
 * Imports the three försörjningsmått files (FORSORJNINGSMATT.md). The file is streamed: each valid row goes to a
 * staging table in batches, so memory does not grow with the file. Duplicate keys are found in SQL. Only when the
 * whole file is free of errors are the rows merged into the real table (new keys inserted, existing keys replaced),
 * in the same transaction that writes the import history row; otherwise the transaction is rolled back and the
 * (rejected) import is recorded on its own. One import runs at a time.
 */
@Service
public class ForsorjningImportService {

    static final int MAX_FEL = 100;
    private static final int BATCH = 5_000;
    private static final int MAX_VARDELANGD = 100;
    private static final long STORA_ANDRINGAR = 100_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final GeografiService geografi;
    private final AuditService audit;
    private final Clock clock;
    private final ReentrantLock enImportITaget = new ReentrantLock();
    private final SecurityContextHolderStrategy sakerhet;
    private volatile Boolean h2;

    ForsorjningImportService(JdbcTemplate jdbc, PlatformTransactionManager transactions, GeografiService geografi,
            AuditService audit, Clock clock, ObjectProvider<SecurityContextHolderStrategy> sakerhet) {
        // The same strategy as method security uses (Vaadin registers its own), so that "who" is the caller.
        this.sakerhet = sakerhet.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
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
        Radkontroll kontroll = new Radkontroll(typ, ';',
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
        return jdbc.query("select * from forsorjning_import order by tidpunkt desc, id desc limit ? offset ?",
                (rs, i) -> new ImportPost(rs.getLong("id"), rs.getTimestamp("tidpunkt").toInstant(),
                        rs.getString("anvandare"), Filtyp.valueOf(rs.getString("filtyp")), rs.getString("filnamn"),
                        rs.getString("checksumma"), rs.getBoolean("lyckad"), rs.getLong("antal_rader"),
                        rs.getLong("antal_nya"), rs.getLong("antal_ersatta"), rs.getLong("antal_oforandrade"),
                        rs.getLong("antal_fel")), antal, forsta);
    }

    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    public long antalImporter() {
        return jdbc.queryForObject("select count(*) from forsorjning_import", Long.class);
    }

    private ImportResultat lasOchLagra(Filtyp typ, String filnamn, InputStream data, Radkontroll standard) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        DigestInputStream in = new DigestInputStream(data, sha256);
        List<ImportFel> fel = new ArrayList<>();
        long antalFel = 0;
        long rader = 0;
        long radnr = 0;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
            try {
                String rubrik = reader.readLine();
                radnr = 1;
                if (rubrik != null && rubrik.startsWith("\uFEFF")) {
                    rubrik = rubrik.substring(1);
                }
                char separator = rubrik != null && rubrik.indexOf(';') >= 0 ? ';' : ',';
                String forvantad = String.join(String.valueOf(separator), typ.rubriker());
                if (rubrik == null || !List.of(Radkontroll.dela(rubrik, separator)).equals(typ.rubriker())) {
                    fel.add(new ImportFel(1, null, rubrik == null ? "" : kort(rubrik),
                            rubrik == null ? "filen är tom; väntade rubrikraden " + forvantad
                                    : "fel rubrikrad; väntade exakt " + String.join(";", typ.rubriker())
                                            + " (eller samma namn åtskilda med komma)"));
                    antalFel = 1;
                } else {
                    Radkontroll kontroll = separator == ';' ? standard : standard.medSeparator(separator);
                    String insert = "insert into " + typ.stageTabell() + " (rad, "
                            + String.join(", ", kolumner(typ)) + ") values (?"
                            + ", ?".repeat(kolumner(typ).size()) + ")";
                    List<Object[]> batch = new ArrayList<>(BATCH);
                    List<ImportFel> radfel = new ArrayList<>();
                    String rad;
                    while ((rad = reader.readLine()) != null) {
                        radnr++;
                        if (rad.isBlank()) {
                            continue;
                        }
                        rader++;
                        String[] falt = Radkontroll.dela(rad, separator);
                        radfel.clear();
                        Object[] varden = null;
                        if (falt.length != typ.rubriker().size()) {
                            radfel.add(new ImportFel(radnr, null, kort(rad), "fel antal kolumner: " + falt.length
                                    + ", väntade " + typ.rubriker().size()));
                        } else {
                            varden = kontroll.kontrollera(radnr, falt, radfel);
                        }
                        if (!radfel.isEmpty()) {
                            antalFel += radfel.size();
                            for (ImportFel f : radfel) {
                                if (fel.size() < MAX_FEL) {
                                    fel.add(new ImportFel(f.rad(), f.kolumn(), kort(f.varde()), f.meddelande()));
                                }
                            }
                        } else {
                            Object[] stage = new Object[varden.length + 1];
                            stage[0] = radnr;
                            System.arraycopy(varden, 0, stage, 1, varden.length);
                            batch.add(stage);
                            if (batch.size() == BATCH) {
                                jdbc.batchUpdate(insert, batch);
                                batch.clear();
                            }
                        }
                    }
                    if (!batch.isEmpty()) {
                        jdbc.batchUpdate(insert, batch);
                    }
                    antalFel += dubbletter(typ, fel);
                }
            } catch (CharacterCodingException e) {
                fel.add(new ImportFel(radnr + 1, null, null, "filen är inte kodad i UTF-8"));
                antalFel++;
            }
            // The checksum covers the whole file, also what was not read after a fatal error.
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Filen kunde inte läsas", e);
        }
        String checksumma = HexFormat.of().formatHex(sha256.digest());
        if (antalFel > 0) {
            List<ImportFel> forsta = fel.stream().sorted(Comparator.comparingLong(ImportFel::rad)).limit(MAX_FEL)
                    .toList();
            return new ImportResultat(typ, filnamn, false, rader, 0, 0, 0, antalFel, forsta, checksumma);
        }
        long[] antal = jamfor(typ);
        if (antal[0] + antal[1] > 0) {
            sammanfoga(typ);
        }
        return new ImportResultat(typ, filnamn, true, rader, antal[0], antal[1], rader - antal[0] - antal[1], 0,
                List.of(), checksumma);
    }

    /** Adds the first duplicates (each row whose key an earlier row already had) and returns their total count. */
    private long dubbletter(Filtyp typ, List<ImportFel> fel) {
        String nycklar = String.join(", ", typ.nycklar);
        String stage = typ.stageTabell();
        Long antal = jdbc.queryForObject("select coalesce(sum(n - 1), 0) from (select count(*) n from " + stage
                + " group by " + nycklar + " having count(*) > 1) d", Long.class);
        if (antal == null || antal == 0) {
            return 0;
        }
        String lika = typ.nycklar.stream().map(k -> "s." + k + " = d." + k).collect(Collectors.joining(" and "));
        jdbc.query("select s.rad, d.forsta, " + typ.nycklar.stream().map(k -> "s." + k).collect(Collectors.joining(", "))
                + " from " + stage + " s join (select " + nycklar + ", min(rad) forsta from " + stage + " group by "
                + nycklar + " having count(*) > 1) d on " + lika + " and s.rad > d.forsta order by s.rad limit "
                + MAX_FEL, rs -> {
                    List<String> nyckel = new ArrayList<>();
                    for (int i = 0; i < typ.nycklar.size(); i++) {
                        nyckel.add(rs.getString(3 + i));
                    }
                    fel.add(new ImportFel(rs.getLong(1), nyckelkolumner(typ), visaNyckel(typ, nyckel),
                            "dubblett: samma nyckel som rad " + rs.getLong(2)));
                });
        return antal;
    }

    /** [new, replaced] compared with what is stored. */
    private long[] jamfor(Filtyp typ) {
        String lika = typ.nycklar.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" and "));
        String oforandrad = typ.varden.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" and "));
        return jdbc.queryForObject("select coalesce(sum(case when t." + typ.nycklar.getFirst()
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
        jdbc.update("insert into forsorjning_import (tidpunkt, anvandare, filtyp, filnamn, checksumma, lyckad, "
                + "antal_rader, antal_nya, antal_ersatta, antal_oforandrade, antal_fel) values (?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?)", Timestamp.from(nu), anvandare, r.filtyp().name(), r.filnamn(), r.checksumma(),
                r.lyckad(), r.antalRader(), r.nya(), r.ersatta(), r.oforandrade(), r.antalFel());
        String detaljer = r.filtyp().kommando() + " " + r.filnamn() + ": " + (r.lyckad()
                ? r.antalRader() + " rader, " + r.nya() + " nya, " + r.ersatta() + " ersatta, " + r.oforandrade()
                        + " oförändrade"
                : r.antalFel() + " fel, inget sparat") + ", sha256 " + r.checksumma();
        audit.registrera(AuditHandelse.av(anvandare, r.lyckad() ? AuditAtgard.FORSORJNING_IMPORT
                : AuditAtgard.FORSORJNING_IMPORT_AVVISAD).om("ForsorjningImport", r.filtyp().name())
                .med(detaljer.length() > 500 ? detaljer.substring(0, 500) : detaljer));
    }

    private void tomStage(Filtyp typ) {
        jdbc.execute("truncate table " + typ.stageTabell());
    }

    private boolean arH2() {
        if (h2 == null) {
            h2 = jdbc.execute((ConnectionCallback<Boolean>) c ->
                    c.getMetaData().getDatabaseProductName().toLowerCase().contains("h2"));
        }
        return h2;
    }

    private static List<String> kolumner(Filtyp typ) {
        return Stream.concat(typ.nycklar.stream(), typ.varden.stream()).toList();
    }

    private static String nyckelkolumner(Filtyp typ) {
        return typ.rubriker().stream().filter(r -> !r.startsWith("belopp") && !r.startsWith("befolkning")
                && !r.equals("helarsekvivalenter")).collect(Collectors.joining(","));
    }

    private static String visaNyckel(Filtyp typ, List<String> nyckel) {
        // nyckel is in table key order: omrade, ar[, kv][, forman]
        return switch (typ) {
            case UTBETALNINGAR -> nyckel.get(1) + "K" + nyckel.get(2) + "," + nyckel.get(0) + "," + nyckel.get(3);
            case BEFOLKNING -> nyckel.get(1) + "," + nyckel.get(0);
            case HELARSEKVIVALENTER -> nyckel.get(1) + "," + nyckel.get(0) + "," + nyckel.get(2);
        };
    }

    private static String kort(String v) {
        return v == null || v.length() <= MAX_VARDELANGD ? v : v.substring(0, MAX_VARDELANGD) + "…";
    }

    private String inloggad() {
        Authentication a = sakerhet.getContext().getAuthentication();
        return a == null ? "okänd" : a.getName();
    }
}
