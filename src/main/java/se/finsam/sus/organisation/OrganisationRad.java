package se.finsam.sus.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/** A samverkansorganisation in a list. */
public record OrganisationRad(
        long id,
        String namn,
        String organisationsnummer,
        Finansieringsform finansieringsform,
        LocalDate startdatum,
        LocalDate slutdatum,
        SortedSet<String> kommunKoder,
        boolean harLogo,
        SortedSet<String> stadsdelKoder) {

    /** The area's member codes for the försörjningsmått: kommuner, then stadsdelar. */
    public List<String> omradeskoder() {
        List<String> koder = new ArrayList<>(kommunKoder);
        koder.addAll(stadsdelKoder);
        return koder;
    }
}
