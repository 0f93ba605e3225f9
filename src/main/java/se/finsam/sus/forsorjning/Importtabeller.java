package se.finsam.sus.forsorjning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The database side of an import: loads validated rows into a file type's table or its staging table, compares the
 * staging table with the table and merges it in (MariaDB, or H2 for the embedded default); keeps the import history.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Importtabeller {

    private static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;
    private volatile Boolean h2;

    /** True when the file type's table has no rows (every imported row is new). */
    boolean arTom(Filtyp typ) {
        return jdbc.queryForList("select 1 from " + typ.tabell + " limit 1").isEmpty();
    }

    /**
     * Loads tab-separated rows into the table: on MariaDB with {@code LOAD DATA LOCAL INFILE} from the stream (the
     * rows are validated already), elsewhere with batched inserts. Returns the number of rows stored.
     */
    long ladda(String tabell, List<String> kolumner, InputStream tsv) {
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

    /** [new, replaced] compared with what is stored. */
    long[] jamfor(Filtyp typ) {
        String lika = typ.nycklar.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" and "));
        String oforandrad = typ.varden.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" and "));
        return jdbc.queryForObject(
                "select coalesce(sum(case when t." + typ.nycklar.getFirst()
                        + " is null then 1 else 0 end), 0), coalesce(sum(case when t." + typ.nycklar.getFirst()
                        + " is not null and not (" + oforandrad + ") then 1 else 0 end), 0) from " + typ.stageTabell()
                        + " s left join " + typ.tabell + " t on " + lika,
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
    }

    void sammanfoga(Filtyp typ) {
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

    void tomStage(Filtyp typ) {
        jdbc.execute("truncate table " + typ.stageTabell());
    }

    private boolean arH2() {
        if (h2 == null) {
            h2 = jdbc.execute((ConnectionCallback<Boolean>)
                    c -> c.getMetaData().getDatabaseProductName().toLowerCase().contains("h2"));
        }
        return h2;
    }

    static List<String> kolumner(Filtyp typ) {
        return Stream.concat(typ.nycklar.stream(), typ.varden.stream()).toList();
    }

    /**
     * Fresh statistics at once after a large load on MariaDB, so that the measure's range queries keep their index
     * plans (InnoDB would otherwise recalculate them later, in the background).
     */
    void analysera(Filtyp typ) {
        if (!arH2()) {
            jdbc.execute("analyze table " + typ.tabell);
        }
    }

    /** One row of the import history. */
    void sparaHistorik(Instant nu, String anvandare, ImportResultat r) {
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
    }

    /** The import history, newest first. */
    List<ImportPost> historik(int forsta, int antal) {
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

    /** How many imports the history holds. */
    long antalImporter() {
        return jdbc.queryForObject("select count(*) from forsorjning_import", Long.class);
    }
}
