package se.finsam.sus.behorighet;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.ValideringsException;

/**
 * On a real database, the first system administrator comes from {@code SUS_ADMIN_USER} and
 * {@code SUS_ADMIN_PASSWORD} at first start. No default password exists anywhere.
 */
@Component
@Order(20)
class ForstaAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ForstaAdministrator.class);

    private final Kontoskapare anvandare;
    private final String anvandarnamn;
    private final String losenord;

    ForstaAdministrator(
            Kontoskapare anvandare,
            @Value("${sus.admin.username:}") String anvandarnamn,
            @Value("${sus.admin.password:}") String losenord) {
        this.anvandare = anvandare;
        this.anvandarnamn = anvandarnamn;
        this.losenord = losenord;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (anvandare.finnsSystemadministrator()) {
            return;
        }
        if (anvandarnamn.isBlank() || losenord.isBlank()) {
            log.warn("No system administrator exists. Set SUS_ADMIN_USER and SUS_ADMIN_PASSWORD and restart "
                    + "to create the first one.");
            return;
        }
        try {
            Losenordsregler.kontrollera(losenord, anvandarnamn);
        } catch (ValideringsException e) {
            throw new IllegalStateException(
                    "SUS_ADMIN_PASSWORD refused (" + e.nyckel() + "): it needs at least " + Losenordsregler.MIN_LANGD
                            + " characters, must not be a common password nor contain the user name");
        }
        anvandare.skapaVidStart(anvandarnamn, "Systemadministratör", losenord, Set.of(Roll.SYSTEMADMINISTRATOR));
        log.info("First system administrator created from SUS_ADMIN_USER");
    }
}
