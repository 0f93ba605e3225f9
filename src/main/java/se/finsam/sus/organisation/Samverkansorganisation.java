package se.finsam.sus.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.VersioneradEntitet;

/** A samverkansorganisation (for Finsam: a samordningsförbund). The start date cannot change once set. */
@Entity
@Table(name = "samverkansorganisation")
class Samverkansorganisation extends VersioneradEntitet {

    private String namn;
    private String organisationsnummer;

    @Enumerated(EnumType.STRING)
    private Finansieringsform finansieringsform;

    private LocalDate startdatum;
    private LocalDate slutdatum;
    private String beskrivning;
    private String adress;
    private String kontaktperson;

    @ElementCollection
    @CollectionTable(name = "organisation_kommun", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "kommun_kod")
    private Set<String> kommunKoder = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "organisation_stadsdel", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "stadsdel_kod")
    private Set<String> stadsdelKoder = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "organisation_ingaende", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "rad")
    private List<IngaendePost> ingaende = new ArrayList<>();

    protected Samverkansorganisation() {}

    Samverkansorganisation(OrganisationUppgifter u) {
        if (u.startdatum() == null) {
            throw new ValideringsException("organisation.fel.startdatum-saknas");
        }
        this.startdatum = u.startdatum();
        andra(u);
    }

    /** Applies the changeable fields; the start date must be unchanged. */
    void andra(OrganisationUppgifter u) {
        if (u.startdatum() != null && !u.startdatum().equals(startdatum)) {
            throw new ValideringsException("organisation.fel.startdatum-fast");
        }
        String orgnr = Organisationsnummer.normalisera(u.organisationsnummer());
        if (orgnr == null) {
            throw new ValideringsException("organisation.fel.orgnr");
        }
        if (u.namn() == null || u.namn().isBlank()) {
            throw new ValideringsException("organisation.fel.namn-saknas");
        }
        if (u.finansieringsform() == null) {
            throw new ValideringsException("organisation.fel.finansieringsform-saknas");
        }
        if (u.slutdatum() != null && u.slutdatum().isBefore(startdatum)) {
            throw new ValideringsException("organisation.fel.slut-fore-start");
        }
        this.namn = u.namn().strip();
        this.organisationsnummer = orgnr;
        this.finansieringsform = u.finansieringsform();
        this.slutdatum = u.slutdatum();
        this.beskrivning = blankSomNull(u.beskrivning());
        this.adress = blankSomNull(u.adress());
        this.kontaktperson = blankSomNull(u.kontaktperson());
        this.kommunKoder.clear();
        this.kommunKoder.addAll(u.kommunKoder() == null ? Set.of() : u.kommunKoder());
        this.stadsdelKoder.clear();
        this.stadsdelKoder.addAll(u.stadsdelKoder() == null ? Set.of() : u.stadsdelKoder());
    }

    /** Does the period from {@code start} to {@code slut} (null: open) lie within the organisation's period? */
    boolean omfattarPeriod(LocalDate start, LocalDate slut) {
        if (start == null || start.isBefore(startdatum)) {
            return false;
        }
        if (slutdatum == null) {
            return true;
        }
        return !start.isAfter(slutdatum) && slut != null && !slut.isAfter(slutdatum);
    }

    /** Replaces the ingående organisationer; {@code lista} must already be validated (see the service). */
    void andraIngaende(List<IngaendeOrganisation> lista) {
        this.ingaende.clear();
        lista.forEach(o -> this.ingaende.add(new IngaendePost(o)));
    }

    List<IngaendeOrganisation> ingaende() {
        return ingaende.stream().map(IngaendePost::organisation).toList();
    }

    OrganisationDetalj detalj(boolean harLogo) {
        return new OrganisationDetalj(
                getId(),
                getVersion(),
                new OrganisationUppgifter(
                        namn,
                        organisationsnummer,
                        finansieringsform,
                        startdatum,
                        slutdatum,
                        beskrivning,
                        adress,
                        kontaktperson,
                        new TreeSet<>(kommunKoder),
                        new TreeSet<>(stadsdelKoder)),
                ingaende(),
                harLogo);
    }

    OrganisationRad rad(boolean harLogo) {
        return new OrganisationRad(
                getId(),
                namn,
                organisationsnummer,
                finansieringsform,
                startdatum,
                slutdatum,
                new TreeSet<>(kommunKoder),
                harLogo,
                new TreeSet<>(stadsdelKoder));
    }

    String getNamn() {
        return namn;
    }

    Finansieringsform getFinansieringsform() {
        return finansieringsform;
    }

    Set<String> getKommunKoder() {
        return Set.copyOf(kommunKoder);
    }

    String getOrganisationsnummer() {
        return organisationsnummer;
    }

    LocalDate getStartdatum() {
        return startdatum;
    }

    LocalDate getSlutdatum() {
        return slutdatum;
    }

    static String blankSomNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
