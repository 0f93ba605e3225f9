package se.finsam.sus.forsorjning;

import static se.finsam.sus.base.Oversattningar.svenska;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import se.finsam.sus.base.Roller;

/**
 * {@code java -jar sus.jar import-forsorjning <utbetalningar|befolkning|helarsekvivalenter> <fil>}: imports one
 * file without starting the web server; its messages are Swedish, from the bundle. Exit code 0 when imported, 1 when the file has errors (nothing stored),
 * 2 for a wrong command line or an unreadable file. Active only when the application was started for the command
 * (see {@code Application.main}).
 */
@Component
@Order(100)
@ConditionalOnProperty(name = ImportKommandorad.EGENSKAP, havingValue = ImportKommandorad.KOMMANDO)
public class ImportKommandorad implements ApplicationRunner, ExitCodeGenerator {

    /** The first command-line argument that starts the import instead of the web server. */
    public static final String KOMMANDO = "import-forsorjning";

    /** The property that activates this runner; {@code Application} sets it to {@link #KOMMANDO}. */
    public static final String EGENSKAP = "sus.kommando";

    private final ForsorjningImportService importer;
    private final SecurityContextHolderStrategy sakerhet;
    private int slutkod = 2;

    ImportKommandorad(ForsorjningImportService importer, ObjectProvider<SecurityContextHolderStrategy> sakerhet) {
        this.importer = importer;
        this.sakerhet = sakerhet.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    public void run(ApplicationArguments args) {
        slutkod = kor(args.getNonOptionArgs(), System.out, System.err);
    }

    @Override
    public int getExitCode() {
        return slutkod;
    }

    int kor(List<String> argument, PrintStream ut, PrintStream fel) {
        List<String> a = !argument.isEmpty() && argument.getFirst().equals(KOMMANDO)
                ? argument.subList(1, argument.size())
                : argument;
        Optional<Filtyp> typ = a.size() == 2 ? Filtyp.medKommando(a.get(0)) : Optional.empty();
        if (typ.isEmpty()) {
            fel.println(svenska("import.kommandorad.anvandning", KOMMANDO));
            return 2;
        }
        Path fil = Path.of(a.get(1));
        var auth = new UsernamePasswordAuthenticationToken(
                "kommandorad:" + System.getProperty("user.name", "?"),
                null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roller.SYSTEMADMINISTRATOR)));
        sakerhet.getContext().setAuthentication(auth);
        try (InputStream in = Files.newInputStream(fil)) {
            ImportResultat r = importer.importera(typ.get(), fil.getFileName().toString(), in);
            if (r.lyckad()) {
                ut.println(svenska(
                        "import.kommandorad.klar",
                        fil.getFileName().toString(),
                        String.valueOf(r.antalRader()),
                        String.valueOf(r.nya()),
                        String.valueOf(r.ersatta()),
                        String.valueOf(r.oforandrade()),
                        r.checksumma()));
                return 0;
            }
            fel.println(
                    svenska("import.kommandorad.avvisad", fil.getFileName().toString(), String.valueOf(r.antalFel())));
            r.fel().forEach(f -> fel.println("  " + f));
            if (r.antalFel() > r.fel().size()) {
                fel.println(svenska(
                        "import.kommandorad.fler",
                        String.valueOf(r.antalFel() - r.fel().size())));
            }
            return 1;
        } catch (IOException e) {
            fel.println(svenska("import.kommandorad.olasbar", fil.toString(), String.valueOf(e.getMessage())));
            return 2;
        } finally {
            sakerhet.clearContext();
        }
    }
}
