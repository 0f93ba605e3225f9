package se.finsam.sus.base.databas;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.finsam.sus.TestDatabase;

/**
 * Issue 14: the replica is lost and comes back. The "replica" is a real pool at a closed port, then the real test
 * database; the primary is the test database (the embedded one without MariaDB: the fallback does not care).
 */
class ReplikaMedReservTest {

    private final ListAppender<ILoggingEvent> logg = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ReplikaMedReserv.class);
    private HikariDataSource stangd;
    private DataSource primar;

    @BeforeEach
    void upp() throws IOException {
        logg.start();
        logger.addAppender(logg);
        stangd = new HikariDataSource();
        stangd.setJdbcUrl("jdbc:mariadb://127.0.0.1:" + stangdPort() + "/sus");
        stangd.setUsername("sus");
        stangd.setInitializationFailTimeout(-1);
        stangd.setConnectionTimeout(250);
        boolean maria = TestDatabase.isMariaDb();
        primar = maria
                ? new DriverManagerDataSource(TestDatabase.URL, TestDatabase.USER, TestDatabase.PASSWORD)
                : new DriverManagerDataSource("jdbc:h2:mem:reserv", "sa", "");
    }

    @AfterEach
    void ner() {
        logger.detachAppender(logg);
        stangd.close();
    }

    @Test
    void anUnreachableReplicaFallsBackToThePrimaryWithOneLogLine() throws SQLException {
        ReplikaMedReserv reserv =
                new ReplikaMedReserv(stangd, primar, "127.0.0.1:stangd/sus", Duration.ZERO, Clock.systemUTC());

        for (int i = 0; i < 5; i++) {
            try (Connection c = reserv.getConnection()) {
                assertThat(c.createStatement().executeQuery("select 1").next()).isTrue();
            }
        }

        assertThat(reserv.arNere()).isTrue();
        assertThat(reserv.franReplikan()).isZero();
        List<ILoggingEvent> rader = logg.list;
        assertThat(rader).hasSize(1);
        assertThat(rader.getFirst().getLevel()).isEqualTo(Level.WARN);
        assertThat(rader.getFirst().getFormattedMessage())
                .contains("127.0.0.1:stangd/sus")
                .contains("read from the primary");
    }

    @Test
    void whileLostTheReplicaIsOnlyRetriedAfterTheInterval() throws SQLException {
        Raknande replika = new Raknande(stangd);
        ReplikaMedReserv reserv =
                new ReplikaMedReserv(replika, primar, "replika", Duration.ofHours(1), Clock.systemUTC());

        for (int i = 0; i < 3; i++) {
            reserv.getConnection().close();
        }

        // Only the first read waited for the replica's pool; the others went straight to the primary.
        assertThat(replika.forsok.get()).isEqualTo(1);
    }

    @Test
    void readsReturnToTheReplicaWhenItIsBack() throws SQLException {
        Vaxlande replika = new Vaxlande(stangd);
        ReplikaMedReserv reserv = new ReplikaMedReserv(replika, primar, "replika", Duration.ZERO, Clock.systemUTC());
        reserv.getConnection().close();
        assertThat(reserv.arNere()).isTrue();

        replika.mal = primar;
        reserv.getConnection().close();
        reserv.getConnection().close();

        assertThat(reserv.arNere()).isFalse();
        assertThat(reserv.franReplikan()).isEqualTo(2);
        assertThat(logg.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.INFO);
    }

    private static int stangdPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Counts the attempts on the replica. */
    private static final class Raknande extends AbstractDataSource {
        final AtomicInteger forsok = new AtomicInteger();
        private final DataSource mal;

        Raknande(DataSource mal) {
            this.mal = mal;
        }

        @Override
        public Connection getConnection() throws SQLException {
            forsok.incrementAndGet();
            return mal.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }
    }

    /** A replica that is first the closed port and then a database that answers. */
    private static final class Vaxlande extends AbstractDataSource {
        volatile DataSource mal;

        Vaxlande(DataSource mal) {
            this.mal = mal;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return mal.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }
    }
}
