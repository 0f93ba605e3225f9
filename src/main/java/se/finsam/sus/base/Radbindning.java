package se.finsam.sus.base;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The start-up step that binds encrypted values stored by earlier versions (no associated data) to their rows
 * (issue 12 #15): for every {@link KrypteradKolumn} not yet marked in {@code kryptering_radbindning}, each value of
 * the old format is decrypted and encrypted again with its row's binding, {@value #SATS} rows per transaction, and
 * the column is then marked, with one audit row ({@link Radbindningslogg}) and one log line giving only the column
 * and the count, never a value. It runs once all beans exist and before the web server accepts requests, so nothing
 * reads a value before it is bound.
 *
 * <p>Idempotent and safe to interrupt: the query picks only values not yet bound, each row is written only if it
 * still holds the value read (so two instances starting together do not overwrite each other), and a step stopped
 * half-way (a value that does not decrypt stops the start with the column and row id) continues at the next start.
 * Once a column is marked, an unbound value found in it later is not bound but refused when read
 * ({@link Kryptering#dekryptera}): it can only have been put there from outside SUS.
 */
@Component
@RequiredArgsConstructor
public class Radbindning implements SmartInitializingSingleton {

    /** Rows per transaction. */
    static final int SATS = 500;

    private static final Logger log = LoggerFactory.getLogger(Radbindning.class);

    private final List<KrypteradKolumn> kolumner;
    private final Kryptering kryptering;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Radbindningslogg logg;
    private final Clock clock;

    @Override
    public void afterSingletonsInstantiated() {
        try {
            bindAlla();
        } catch (DataAccessException e) {
            throw new IllegalStateException(
                    "SUS cannot start: binding encrypted values to their rows failed in the database. After an"
                            + " upgrade that adds tables, give the runtime database user its rights on them (README,"
                            + " database users in production, step 3) and start again",
                    e);
        }
    }

    /** Binds the old values of every column not yet marked, and marks it. */
    public void bindAlla() {
        for (KrypteradKolumn kolumn : kolumner) {
            if (arMarkerad(kolumn)) {
                continue;
            }
            long borjan = System.nanoTime();
            long antal = bindGamla(kolumn);
            try {
                tx.executeWithoutResult(s -> {
                    jdbc.update(
                            "insert into kryptering_radbindning (kolumn, bunden, antal) values (?, ?, ?)",
                            kolumn.toString(),
                            LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                            antal);
                    logg.bunden(kolumn, antal);
                });
            } catch (DuplicateKeyException e) {
                // Another instance marked it meanwhile; its audit row stands for both.
            }
            log.info(
                    "Encrypted values of {} bound to their rows: {} of an earlier version encrypted again ({} ms)",
                    kolumn,
                    antal,
                    (System.nanoTime() - borjan) / 1_000_000);
        }
    }

    /** Whether the column's values have been bound (its mark exists). */
    boolean arMarkerad(KrypteradKolumn kolumn) {
        return jdbc.queryForObject(
                        "select count(*) from kryptering_radbindning where kolumn = ?", Long.class, kolumn.toString())
                > 0;
    }

    /**
     * Encrypts every value of the column that is not bound yet again, bound to its row, in transactions of
     * {@value #SATS} rows in id order; returns how many it wrote. Does not look at the mark.
     */
    long bindGamla(KrypteradKolumn kolumn) {
        String k = kolumn.kolumn();
        String las = "select id, " + k + " from " + kolumn.tabell() + " where id > ? and " + k + " is not null and " + k
                + " not like '" + Kryptering.BUNDEN + "%' order by id limit " + SATS;
        String skriv = "update " + kolumn.tabell() + " set " + k + " = ? where id = ? and " + k + " = ?";
        long efter = 0;
        long antal = 0;
        while (true) {
            long fran = efter;
            List<Object[]> sats = tx.execute(s -> {
                List<Object[]> rader = jdbc.query(
                        las,
                        (rs, i) -> {
                            long id = rs.getLong(1);
                            String gammalt = rs.getString(2);
                            return new Object[] {kryptering.bind(gammalt, kolumn, id), id, gammalt};
                        },
                        fran);
                if (!rader.isEmpty()) {
                    jdbc.batchUpdate(skriv, rader);
                }
                return rader;
            });
            if (sats == null || sats.isEmpty()) {
                return antal;
            }
            antal += sats.size();
            efter = (long) sats.getLast()[1];
        }
    }
}
