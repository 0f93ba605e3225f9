package se.finsam.sus;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
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
        // The gallring runs only when a test calls it, with the test's own clock.
        registry.add("sus.gallring.cron", () -> "-");
    }

    @Autowired
    private ObjectProvider<SecurityContextHolderStrategy> sakerhetsstrategi;

    /**
     * Each cached Spring context registers its own (Vaadin-aware) security context strategy and makes it the static
     * one when it starts; method security uses its own context's. Once a second context has started, a test that
     * logs in through the static {@link SecurityContextHolder} would be invisible to method security, depending on
     * the order the test classes run in. Point the static holder at this test's context before each test.
     */
    @BeforeEach
    void sammaSakerhetsstrategiSomMetodsakerheten() {
        sakerhetsstrategi.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
