package se.finsam.sus.deltagare;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.finsam.sus.base.Identitetsnummer;
import se.finsam.sus.base.Kon;

/**
 * What the handläggare enters at registration (and corrects later). {@code identitetsnummer} in any common form
 * (see {@link Identitetsnummer#tolka}); {@code kon} null means "from the identity number"; {@code hemkommun} is a
 * 4-digit kommun code (the person's folkbokföringskommun, for reports per kommun and län); {@code behovsgrupper}
 * empty (or null) means none; {@code utbildningsniva} null means not recorded; {@code arbetssokande}: aktivt
 * arbetssökande at entry.
 */
public record Inskrivning(
        String identitetsnummer,
        LocalDate startdatum,
        Samtycke samtycke,
        Kon kon,
        String hemkommun,
        Set<Behovsgrupp> behovsgrupper,
        Utbildningsniva utbildningsniva,
        Myndighet remitterande,
        TidIUtanforskap tidIUtanforskap,
        boolean arbetssokande,
        Forsorjning forsorjningVidStart) {

    public Inskrivning {
        behovsgrupper = behovsgrupper == null
                ? Set.of()
                : behovsgrupper.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    /** Never the identity number, so that the form value cannot end up in a log. */
    @Override
    public String toString() {
        return "Inskrivning[identitetsnummer=****, startdatum=" + startdatum + ", hemkommun=" + hemkommun + "]";
    }
}
