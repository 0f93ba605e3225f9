package se.finsam.sus.organisation;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One samverkansorganisation with everything the detail view shows: its data as entered, its ingående
 * organisationer and whether it has a logo; {@code version} for optimistic locking (it also covers the ingående
 * organisationer).
 */
public record OrganisationDetalj(
        long id, long version, OrganisationUppgifter uppgifter, List<IngaendeOrganisation> ingaende, boolean harLogo) {

    public String namn() {
        return uppgifter.namn();
    }

    public Finansieringsform finansieringsform() {
        return uppgifter.finansieringsform();
    }

    /** The area's whole kommuner, in code order. */
    public SortedSet<String> kommunKoder() {
        return new TreeSet<>(uppgifter.kommunKoder());
    }

    /** The area's stadsdelar, in code order. */
    public SortedSet<String> stadsdelKoder() {
        return new TreeSet<>(uppgifter.stadsdelKoder());
    }
}
