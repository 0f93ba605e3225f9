package se.finsam.sus;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import se.finsam.sus.base.DatabaseStartCheck;
import se.finsam.sus.base.KrypteringStartCheck;
import se.finsam.sus.forsorjning.ImportKommandorad;

/**
 * SUS: follow-up of financial coordination (Finsam).
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/sus.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        // java -jar sus.jar import-forsorjning <typ> <fil>: see ImportKommandorad.
        if (args.length > 0 && ImportKommandorad.KOMMANDO.equals(args[0])) {
            // A command-line import: the exit code tells whether the file was imported.
            System.exit(SpringApplication.exit(kommandorad().run(args)));
        }
        SpringApplication application = new SpringApplication(Application.class);
        // Fail with one clear line, not a wall of stack traces, when the database cannot be reached.
        application.addListeners(new DatabaseStartCheck(), new KrypteringStartCheck());
        application.run(args);
    }

    /** The application for a command-line import: no web server, no Vaadin. */
    static SpringApplication kommandorad() {
        SpringApplication application = new SpringApplication(Application.class);
        application.addListeners(new DatabaseStartCheck(), new KrypteringStartCheck());
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of(
                ImportKommandorad.EGENSKAP,
                ImportKommandorad.KOMMANDO,
                // Vaadin's auto-configuration needs a web application context.
                "spring.autoconfigure.exclude",
                "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"));
        return application;
    }
}
