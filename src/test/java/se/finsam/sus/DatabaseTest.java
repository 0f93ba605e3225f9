package se.finsam.sus;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for Spring tests on the real database (MariaDB in CI). Every Spring test uses this one configuration, so
 * that all share one cached application context: two contexts in one JVM would each install their own
 * Vaadin-aware security context holder strategy, and method security in the first would no longer see logins.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class DatabaseTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        // The development tools overlay would sit on top of the header that the browser tests click in.
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
    }
}
