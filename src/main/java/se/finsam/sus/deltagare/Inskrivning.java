package se.finsam.sus.deltagare;

import java.time.LocalDate;
import se.finsam.sus.base.Identitetsnummer;
import se.finsam.sus.base.Kon;

/**
 * What the handläggare enters at registration (and corrects later). {@code identitetsnummer} in any common form
 * (see {@link Identitetsnummer#tolka}); {@code kon} null means "from the identity number"; {@code hemkommun} is a
 * 4-digit kommun code (the person's folkbokföringskommun, for reports per kommun and län); {@code behovsgrupp}
 * null means none.
 */
public record Inskrivning(
        String identitetsnummer,
        LocalDate startdatum,
        Samtycke samtycke,
        Kon kon,
        String hemkommun,
        Behovsgrupp behovsgrupp,
        Myndighet remitterande,
        TidIUtanforskap tidIUtanforskap,
        Forsorjning forsorjningVidStart) {

    /** Never the identity number, so that the form value cannot end up in a log. */
    @Override
    public String toString() {
        return "Inskrivning[identitetsnummer=****, startdatum=" + startdatum + ", hemkommun=" + hemkommun + "]";
    }
}
