package se.finsam.sus.organisation;

import java.time.LocalDate;
import java.util.Set;

/** What a user enters for an insats. An empty set of målgrupper means {@link Malgrupp#ALLA}. */
public record InsatsUppgifter(
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
        boolean esfFinansierad) {}
