package se.finsam.sus.base;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database as the demo-data runners fill it: whether demo data is wanted there at all (enabled and the runner's
 * tables still empty), plain JDBC for the bulk inserts, and the application's transaction template.
 *
 * <p>A record: its components are the collaborators Spring injects (nothing here needs a proxy).
 */
@Component
public record DemoDatabas(DemoDataSettings settings, JdbcTemplate jdbc, TransactionTemplate tx) {

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
}
