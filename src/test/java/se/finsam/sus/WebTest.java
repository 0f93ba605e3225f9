package se.finsam.sus;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base for tests against the running server on a random port (HTTP and browser tests). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class WebTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        // The development tools overlay would sit on top of the header that the browser tests click in.
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
    }
}
