package se.finsam.sus;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import se.finsam.sus.base.DatabaseStartCheck;

/**
 * SUS: follow-up of financial coordination (Finsam).
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/sus.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(Application.class);
        // Fail with one clear line, not a wall of stack traces, when the database cannot be reached.
        application.addListeners(new DatabaseStartCheck());
        application.run(args);
    }
}
