package se.finsam.sus.forsorjning;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads one import file to its end: checks the header and every row (also for keys already seen in the file), keeps
 * the first {@value ForsorjningImportService#MAX_FEL} errors and counts all, computes the file's SHA-256, and writes
 * each valid row as a tab-separated line of table values (optionally led by its line number) for the database to
 * load — until the first error, after which nothing more is written because nothing will be stored.
 */
final class ImportLasare {

    private static final int MAX_VARDELANGD = 100;

    /** The longest line read; a longer one stops the reading (a file without line breaks is not read whole). */
    static final int MAX_RADLANGD = 10_000;

    private final Filtyp typ;
    private final Radkontroll standard;
    private final boolean medRadnummer;
    private final long maxStorlek;
    private final List<ImportFel> fel = new ArrayList<>();
    private long antalFel;
    private long rader;
    private long skrivna;
    private String checksumma;
    private long radnr;

    /** {@code maxStorlek}: the largest file in bytes; reading stops with an error beyond it. */
    ImportLasare(Filtyp typ, Radkontroll standard, boolean medRadnummer, long maxStorlek) {
        this.typ = typ;
        this.standard = standard;
        this.medRadnummer = medRadnummer;
        this.maxStorlek = maxStorlek;
    }

    List<ImportFel> fel() {
        return fel;
    }

    long antalFel() {
        return antalFel;
    }

    /** Data rows read (blank lines and the header not counted). */
    long rader() {
        return rader;
    }

    /** Rows written for loading. */
    long skrivna() {
        return skrivna;
    }

    String checksumma() {
        return checksumma;
    }

    void las(InputStream data, OutputStream ut) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        DigestInputStream in = new DigestInputStream(new BegransadLasning.Strom(data, maxStorlek), sha256);
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Writer tsv = new BufferedWriter(new OutputStreamWriter(ut, StandardCharsets.UTF_8), 1 << 16);
        try (Reader reader = new InputStreamReader(in, decoder)) {
            try {
                lasRader(new BegransadLasning.Rader(reader, MAX_RADLANGD), tsv);
            } catch (CharacterCodingException e) {
                fel(new ImportFel(radnr + 1, null, null, "import.kontroll.utf8"));
            } catch (BegransadLasning.ForLangRadException e) {
                fel(new ImportFel(
                        radnr + 1,
                        null,
                        null,
                        "import.kontroll.for-lang-rad",
                        String.valueOf(radnr + 1),
                        MAX_RADLANGD));
            } catch (BegransadLasning.ForStorException e) {
                forStor();
            }
            tsv.flush();
            // The checksum covers the whole file, also what was not read after a fatal error (up to the size limit).
            try {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (BegransadLasning.ForStorException e) {
                if (fel.stream().noneMatch(f -> f.nyckel().equals("import.kontroll.for-stor"))) {
                    forStor();
                }
            }
        }
        checksumma = HexFormat.of().formatHex(sha256.digest());
    }

    private void forStor() {
        fel(new ImportFel(radnr + 1, null, null, "import.kontroll.for-stor", maxStorlek / (1024 * 1024)));
    }

    private void lasRader(BegransadLasning.Rader reader, Writer tsv) throws IOException {
        String rubrik = reader.rad();
        radnr = 1;
        if (rubrik != null && rubrik.startsWith("\uFEFF")) {
            rubrik = rubrik.substring(1);
        }
        char separator = rubrik != null && rubrik.indexOf(';') >= 0 ? ';' : ',';
        String forvantad = String.join(String.valueOf(separator), typ.rubriker());
        if (rubrik == null || !List.of(Radkontroll.dela(rubrik, separator)).equals(typ.rubriker())) {
            fel(new ImportFel(
                    1,
                    null,
                    rubrik == null ? "" : rubrik,
                    rubrik == null ? "import.kontroll.tom" : "import.kontroll.rubrikrad",
                    rubrik == null ? forvantad : String.join(";", typ.rubriker())));
        } else {
            Radkontroll kontroll = separator == ';' ? standard : standard.medSeparator(separator);
            Nyckelminne sedda = new Nyckelminne();
            List<ImportFel> radfel = new ArrayList<>();
            StringBuilder rad = new StringBuilder();
            String text;
            while ((text = reader.rad()) != null) {
                radnr++;
                if (text.isBlank()) {
                    continue;
                }
                rader++;
                String[] falt = Radkontroll.dela(text, separator);
                radfel.clear();
                Object[] varden = null;
                if (falt.length != typ.rubriker().size()) {
                    radfel.add(new ImportFel(
                            radnr,
                            null,
                            text,
                            "import.kontroll.kolumner",
                            String.valueOf(falt.length),
                            String.valueOf(typ.rubriker().size())));
                } else {
                    varden = kontroll.kontrollera(radnr, falt, radfel);
                }
                if (varden != null) {
                    long forsta = sedda.forstaRad(kontroll.nyckel(varden), radnr);
                    if (forsta > 0) {
                        radfel.add(new ImportFel(
                                radnr,
                                nyckelkolumner(),
                                visaNyckel(varden),
                                "import.kontroll.dubblett",
                                String.valueOf(forsta)));
                    }
                }
                if (!radfel.isEmpty()) {
                    radfel.forEach(this::fel);
                } else if (antalFel == 0) {
                    skriv(tsv, rad, radnr, varden);
                }
            }
        }
    }

    private void skriv(Writer tsv, StringBuilder rad, long radnr, Object[] varden) throws IOException {
        rad.setLength(0);
        if (medRadnummer) {
            rad.append(radnr).append('\t');
        }
        for (int i = 0; i < varden.length; i++) {
            if (i > 0) {
                rad.append('\t');
            }
            rad.append(varden[i] instanceof BigDecimal b ? b.toPlainString() : varden[i]);
        }
        tsv.append(rad).append('\n');
        skrivna++;
    }

    private void fel(ImportFel f) {
        antalFel++;
        if (fel.size() < ForsorjningImportService.MAX_FEL) {
            fel.add(new ImportFel(f.rad(), f.kolumn(), kort(f.varde()), f.nyckel(), f.argument()));
        }
    }

    private String nyckelkolumner() {
        return typ.rubriker().stream()
                .filter(r -> !r.startsWith("belopp") && !r.startsWith("befolkning") && !r.equals("helarsekvivalenter"))
                .collect(Collectors.joining(","));
    }

    /** The key as written in the file: the stage row is in table key order (omrade, ar[, kv][, forman]). */
    private String visaNyckel(Object[] rad) {
        return switch (typ) {
            case UTBETALNINGAR -> rad[1] + "K" + rad[2] + "," + rad[0] + "," + rad[3];
            case BEFOLKNING -> rad[1] + "," + rad[0];
            case HELARSEKVIVALENTER -> rad[1] + "," + rad[0] + "," + rad[2];
        };
    }

    private static String kort(String v) {
        return v == null || v.length() <= MAX_VARDELANGD ? v : v.substring(0, MAX_VARDELANGD) + "…";
    }
}
