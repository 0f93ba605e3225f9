package se.finsam.sus.base;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database as the demo-data runners fill it: whether demo data is wanted there at all (enabled and the runner's
 * tables still empty), plain JDBC for the bulk inserts, and one transaction template.
 */
@Component
public class DemoDatabas {

    private final DemoDataSettings settings;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public DemoDatabas(DemoDataSettings settings, JdbcTemplate jdbc, PlatformTransactionManager transaktioner) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transaktioner);
    }

    /**
     * Should a runner fill its tables: demo data is enabled and every one of the {@code select count(*)} queries
     * gives zero (the queries are not run when demo data is disabled).
     */
    public boolean skaFyllas(String... rakningar) {
        if (!settings.isEnabled()) {
            return false;
        }
        for (String rakning : rakningar) {
            if (jdbc.queryForObject(rakning, Long.class) > 0) {
                return false;
            }
        }
        return true;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public TransactionTemplate tx() {
        return tx;
    }
}
