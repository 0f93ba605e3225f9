package se.finsam.sus.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

class DemoDatabasTest {

    private JdbcTemplate jdbc;
    private DataSourceTransactionManager transaktioner;

    @BeforeEach
    void databas() {
        var kalla = new DriverManagerDataSource("jdbc:h2:mem:demodatabas;DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = new JdbcTemplate(kalla);
        transaktioner = new DataSourceTransactionManager(kalla);
        jdbc.execute("drop table if exists a");
        jdbc.execute("drop table if exists b");
        jdbc.execute("create table a (x int)");
        jdbc.execute("create table b (x int)");
    }

    @Test
    void fillsOnlyWhenEnabledAndEveryCountIsZero() {
        DemoDatabas demo = demo("true");
        assertThat(demo.skaFyllas("select count(*) from a", "select count(*) from b"))
                .isTrue();
        jdbc.update("insert into b values (1)");
        assertThat(demo.skaFyllas("select count(*) from a")).isTrue();
        assertThat(demo.skaFyllas("select count(*) from a", "select count(*) from b"))
                .isFalse();
    }

    @Test
    void disabledNeverFillsAndRunsNoQuery() {
        assertThat(demo("false").skaFyllas("select count(*) from no_such_table"))
                .isFalse();
    }

    @Test
    void writesThroughItsJdbcInItsTransaction() {
        DemoDatabas demo = demo("true");
        demo.tx().executeWithoutResult(s -> demo.jdbc().update("insert into a values (1)"));
        assertThat(jdbc.queryForObject("select count(*) from a", Long.class)).isEqualTo(1);
    }

    private DemoDatabas demo(String demoData) {
        var env = new MockEnvironment().withProperty("sus.demo-data", demoData);
        return new DemoDatabas(new DemoDataSettings(env), jdbc, new TransactionTemplate(transaktioner));
    }
}
