package se.finsam.sus.base;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Tries the configured database before Spring starts anything that needs it. When it cannot be reached the
 * application stops with one line naming the URL it tried, instead of a page of pool and migration errors.
 */
public class DatabaseStartCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final int TIMEOUT_SECONDS = 10;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment env = event.getEnvironment();
        try {
            verify(
                    env.getProperty("spring.datasource.url"),
                    env.getProperty("spring.datasource.username"),
                    env.getProperty("spring.datasource.password"));
        } catch (DatabaseUnreachableException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** Opens and closes one connection; throws with a one-line, password-free explanation on failure. */
    public static void verify(String url, String user, String password) {
        if (url == null || url.isBlank()) {
            throw new DatabaseUnreachableException("SUS kan inte starta: ingen databas-URL är angiven (SUS_DB_URL).");
        }
        DriverManager.setLoginTimeout(TIMEOUT_SECONDS);
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            // reachable
        } catch (SQLException e) {
            throw new DatabaseUnreachableException("SUS kan inte starta: databasen " + withoutSecrets(url)
                    + " kan inte nås (" + firstLine(e.getMessage()) + ").");
        }
    }

    private static String withoutSecrets(String url) {
        return url.replaceAll("(?i)(password|pwd)=[^&;]*", "$1=***");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "okänt fel";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** The database named in the configuration cannot be reached. */
    public static class DatabaseUnreachableException extends RuntimeException {
        public DatabaseUnreachableException(String message) {
            super(message);
        }
    }
}
