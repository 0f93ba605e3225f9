package se.finsam.sus.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.VersioneradEntitet;

/**
 * An insats of a samverkansorganisation. Inriktning, uppföljningsmetod and ESF financing are fixed at creation:
 * participants and reports already depend on them.
 */
@Entity
@Table(name = "insats")
class Insats extends VersioneradEntitet {

    private long organisationId;
    private String namn;
    private String beskrivning;
    private LocalDate startdatum;
    private LocalDate slutdatum;

    @Enumerated(EnumType.STRING)
    private Inriktning inriktning;

    @Enumerated(EnumType.STRING)
    private PreciseradInriktning preciseradInriktning;

    @Enumerated(EnumType.STRING)
    private Uppfoljningsmetod uppfoljningsmetod;

    private boolean esfFinansierad;

    @Embedded
    private PrioriteradeBehovsgrupper behovsgrupper;

    @ElementCollection
    @CollectionTable(name = "insats_malgrupp", joinColumns = @JoinColumn(name = "insats_id"))
    @Column(name = "malgrupp")
    @Enumerated(EnumType.STRING)
    private Set<Malgrupp> malgrupper = new HashSet<>();

    protected Insats() {}

    Insats(Samverkansorganisation organisation, InsatsUppgifter u) {
        if (u.inriktning() == null) {
            throw new ValideringsException("insats.fel.inriktning-saknas");
        }
        if (u.uppfoljningsmetod() == null) {
            throw new ValideringsException("insats.fel.uppfoljningsmetod-saknas");
        }
        this.organisationId = organisation.getId();
        this.inriktning = u.inriktning();
        this.uppfoljningsmetod = u.uppfoljningsmetod();
        this.esfFinansierad = u.esfFinansierad();
        andra(organisation, u);
    }

    void andra(Samverkansorganisation organisation, InsatsUppgifter u) {
        if (u.inriktning() != inriktning
                || u.uppfoljningsmetod() != uppfoljningsmetod
                || u.esfFinansierad() != esfFinansierad) {
            throw new ValideringsException("insats.fel.fasta-uppgifter");
        }
        if (u.namn() == null || u.namn().isBlank()) {
            throw new ValideringsException("insats.fel.namn-saknas");
        }
        if (u.preciseradInriktning() == null || u.preciseradInriktning().inriktning() != inriktning) {
            throw new ValideringsException("insats.fel.preciserad-inriktning");
        }
        if (u.startdatum() == null) {
            throw new ValideringsException("insats.fel.startdatum-saknas");
        }
        if (u.slutdatum() != null && u.slutdatum().isBefore(u.startdatum())) {
            throw new ValideringsException("insats.fel.slut-fore-start");
        }
        if (!organisation.omfattarPeriod(u.startdatum(), u.slutdatum())) {
            throw new ValideringsException("insats.fel.utanfor-organisationens-period");
        }
        Set<Malgrupp> grupper =
                u.malgrupper() == null || u.malgrupper().isEmpty() ? Set.of(Malgrupp.ALLA) : u.malgrupper();
        if (grupper.stream().anyMatch(m -> !m.passar(inriktning))) {
            throw new ValideringsException("insats.fel.malgrupp");
        }
        this.namn = u.namn().strip();
        this.beskrivning = Samverkansorganisation.blankSomNull(u.beskrivning());
        this.startdatum = u.startdatum();
        this.slutdatum = u.slutdatum();
        this.preciseradInriktning = u.preciseradInriktning();
        this.behovsgrupper = PrioriteradeBehovsgrupper.av(u);
        this.malgrupper.clear();
        this.malgrupper.addAll(grupper);
    }

    InsatsDetalj detalj() {
        return new InsatsDetalj(
                getId(),
                getVersion(),
                organisationId,
                new InsatsUppgifter(
                        namn,
                        beskrivning,
                        startdatum,
                        slutdatum,
                        inriktning,
                        preciseradInriktning,
                        malgrupper.isEmpty() ? EnumSet.noneOf(Malgrupp.class) : EnumSet.copyOf(malgrupper),
                        behovsgrupper.langtidssjukskrivna(),
                        behovsgrupper.ungaFunktionsnedsattning(),
                        behovsgrupper.ungaAktivitetsersattning(),
                        uppfoljningsmetod,
                        esfFinansierad));
    }

    InsatsRad rad() {
        return new InsatsRad(
                getId(),
                organisationId,
                namn,
                startdatum,
                slutdatum,
                inriktning,
                preciseradInriktning,
                behovsgrupper.nagon());
    }

    long getOrganisationId() {
        return organisationId;
    }

    LocalDate getStartdatum() {
        return startdatum;
    }

    LocalDate getSlutdatum() {
        return slutdatum;
    }

    String getNamn() {
        return namn;
    }

    Inriktning getInriktning() {
        return inriktning;
    }

    Uppfoljningsmetod getUppfoljningsmetod() {
        return uppfoljningsmetod;
    }
}
