package se.finsam.sus.organisation;

import java.time.LocalDate;
import java.util.Set;

/** One insats with all its data; {@code version} for optimistic locking. */
public record InsatsDetalj(
        long id,
        long version,
        long organisationId,
        String namn,
        String beskrivning,
        LocalDate startdatum,
        LocalDate slutdatum,
        Inriktning inriktning,
        PreciseradInriktning preciseradInriktning,
        Set<Malgrupp> malgrupper,
        boolean langtidssjukskrivna,
        boolean ungaFunktionsnedsattning,
        boolean ungaAktivitetsersattning,
        Uppfoljningsmetod uppfoljningsmetod,
        boolean esfFinansierad) {

    public InsatsUppgifter uppgifter() {
        return new InsatsUppgifter(
                namn,
                beskrivning,
                startdatum,
                slutdatum,
                inriktning,
                preciseradInriktning,
                malgrupper,
                langtidssjukskrivna,
                ungaFunktionsnedsattning,
                ungaAktivitetsersattning,
                uppfoljningsmetod,
                esfFinansierad);
    }
}
