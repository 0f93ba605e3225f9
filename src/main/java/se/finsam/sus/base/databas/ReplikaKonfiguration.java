package se.finsam.sus.base.databas;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.util.StringUtils;

/**
 * The database with a replica, only when {@code sus.db.replika-url} ({@code SUS_DB_REPLIKA_URL}) is set; without it
 * Spring Boot's own single pool is used exactly as before. Two Hikari pools with the same user: the primary as
 * {@code spring.datasource.*} describes it, the replica at its own URL, both behind {@link ReplikaRouting} and a
 * {@link LazyConnectionDataSourceProxy}, so the choice is made when a transaction's first statement runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReplikaKonfiguration.ReplikaAngiven.class)
class ReplikaKonfiguration {

    static final String URL = "sus.db.replika-url";

    /**
     * Every replica connection is read-only at session level, so that a write routed there by mistake fails loudly
     * instead of making the replica differ from its primary.
     */
    static final String SKRIVSKYDD = "SET SESSION TRANSACTION READ ONLY";

    @Bean
    DataSource dataSource(DataSourceProperties egenskaper, Environment env, Clock clock) {
        Binder binder = Binder.get(env);
        HikariDataSource primar = egenskaper
                .initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .build();
        binder.bind("spring.datasource.hikari", Bindable.ofInstance(primar));
        if (primar.getPoolName() == null) {
            primar.setPoolName("sus-primar");
        }

        String replikaUrl = env.getRequiredProperty(URL);
        HikariDataSource replika = egenskaper
                .initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .build();
        replika.setJdbcUrl(replikaUrl);
        replika.setPoolName("sus-replika");
        // A replica that is down when SUS starts must not stop it: reads go to the primary until it answers.
        replika.setInitializationFailTimeout(-1);
        replika.setConnectionTimeout(env.getProperty("sus.db.replika-timeout", Duration.class, Duration.ofSeconds(1))
                .toMillis());
        replika.setConnectionInitSql(SKRIVSKYDD);
        binder.bind("sus.db.replika.hikari", Bindable.ofInstance(replika));

        Duration aterforsok = env.getProperty("sus.db.replika-aterforsok", Duration.class, Duration.ofSeconds(30));
        ReplikaMedReserv reserv = new ReplikaMedReserv(replika, primar, utanHemligheter(replikaUrl), aterforsok, clock);
        return new StangbarRouting(new ReplikaRouting(primar, reserv), reserv, primar, replika);
    }

    /** host:port/database, for the log: no user, password or other parameters. */
    static String utanHemligheter(String url) {
        String utan = url.replaceFirst("^jdbc:[a-z]+://", "");
        int fraga = utan.indexOf('?');
        return fraga < 0 ? utan : utan.substring(0, fraga);
    }

    /** The lazy proxy, closing both pools when the context closes (Spring calls {@code close()} on the bean). */
    static class StangbarRouting extends LazyConnectionDataSourceProxy implements AutoCloseable {

        private final ReplikaMedReserv reserv;
        private final HikariDataSource primar;
        private final HikariDataSource replika;

        StangbarRouting(
                DataSource routing, ReplikaMedReserv reserv, HikariDataSource primar, HikariDataSource replika) {
            super(routing);
            this.reserv = reserv;
            this.primar = primar;
            this.replika = replika;
        }

        ReplikaMedReserv reserv() {
            return reserv;
        }

        @Override
        public void close() {
            replika.close();
            primar.close();
        }
    }

    /** A replica URL that is set and not blank (an empty {@code SUS_DB_REPLIKA_URL=} means none). */
    static class ReplikaAngiven implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(URL));
        }
    }
}
