package se.finsam.sus.deltagare;

import java.time.LocalDate;
import java.util.Set;

/**
 * The participant's written consent, given per insats: the date, the authorities between which information may be
 * exchanged, and consent to registration in the system (without it nothing personal may be stored). Who recorded
 * it is the logged-in user, stored by the service.
 */
public record Samtycke(LocalDate datum, Set<Myndighet> informationsutbyte, boolean registrering) {

    public Samtycke {
        informationsutbyte = informationsutbyte == null ? Set.of() : Set.copyOf(informationsutbyte);
    }
}
