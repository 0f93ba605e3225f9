package se.finsam.sus.deltagare;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import se.finsam.sus.base.Entitet;

/** One corrected field of a participation. Only ever inserted; identity numbers are stored masked. */
@Entity
@Table(name = "deltagande_andring")
class DeltagandeAndring extends Entitet {

    private long deltagandeId;
    private Instant tidpunkt;
    private String anvandare;
    private String falt;
    private String gammaltVarde;
    private String nyttVarde;

    protected DeltagandeAndring() {}

    DeltagandeAndring(long deltagandeId, Instant tidpunkt, String anvandare, String falt, String gammalt, String nytt) {
        this.deltagandeId = deltagandeId;
        this.tidpunkt = tidpunkt;
        this.anvandare = anvandare;
        this.falt = falt;
        this.gammaltVarde = begransa(gammalt);
        this.nyttVarde = begransa(nytt);
    }

    private static String begransa(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }

    Andring andring() {
        return new Andring(tidpunkt, anvandare, falt, gammaltVarde, nyttVarde);
    }
}
