package se.finsam.sus.base.databas;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The replica, with the primary as reserve: when no connection to the replica can be had, reads go to the primary.
 * One line is logged when the replica is lost and one when it is back, not one per request; while it is lost the
 * replica is tried again only every {@code aterforsok}, so that not every report waits for the pool's timeout.
 * The log lines name the replica's address and the kind of failure, nothing about the request or the user.
 */
class ReplikaMedReserv extends AbstractDataSource {

    private static final Logger log = LoggerFactory.getLogger(ReplikaMedReserv.class);

    private final DataSource replika;
    private final DataSource primar;
    private final String beskrivning;
    private final Duration aterforsok;
    private final Clock clock;
    private final AtomicBoolean nere = new AtomicBoolean();
    private final AtomicLong franReplikan = new AtomicLong();
    private volatile Instant nastaForsok = Instant.MIN;

    ReplikaMedReserv(DataSource replika, DataSource primar, String beskrivning, Duration aterforsok, Clock clock) {
        this.replika = replika;
        this.primar = primar;
        this.beskrivning = beskrivning;
        this.aterforsok = aterforsok;
        this.clock = clock;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (nere.get() && clock.instant().isBefore(nastaForsok)) {
            return primar.getConnection();
        }
        Connection anslutning;
        try {
            anslutning = replika.getConnection();
        } catch (SQLException e) {
            nastaForsok = clock.instant().plus(aterforsok);
            if (nere.compareAndSet(false, true)) {
                log.warn(
                        "Replica {} unreachable ({}): reports and the open API read from the primary until it answers"
                                + " again (retried every {} s)",
                        beskrivning,
                        orsak(e),
                        aterforsok.toSeconds());
            }
            return primar.getConnection();
        }
        if (nere.compareAndSet(true, false)) {
            log.info("Replica {} answers again: reports and the open API read from it", beskrivning);
        }
        franReplikan.incrementAndGet();
        return anslutning;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("SUS's replica routing uses the configured user only");
    }

    /** How many connections the replica has given: for tests and for a look in a debugger. */
    long franReplikan() {
        return franReplikan.get();
    }

    /** True while reads fall back to the primary. */
    boolean arNere() {
        return nere.get();
    }

    /** The kind of failure, without a driver message that might carry more than needed. */
    private static String orsak(SQLException e) {
        Throwable rot = e;
        while (rot.getCause() != null && rot.getCause() != rot) {
            rot = rot.getCause();
        }
        return rot.getClass().getSimpleName() + (e.getSQLState() == null ? "" : ", SQLState " + e.getSQLState());
    }
}
