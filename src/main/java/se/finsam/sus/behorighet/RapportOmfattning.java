package se.finsam.sus.behorighet;

import java.util.Set;

/**
 * What a rapportläsare may read, from their active uppdrag: the whole country, some län, and/or some förbund.
 * Report queries put this into their WHERE clause; an empty scope reads nothing.
 */
public record RapportOmfattning(boolean riket, Set<String> lanKoder, Set<Long> organisationIds) {

    public static final RapportOmfattning INGEN = new RapportOmfattning(false, Set.of(), Set.of());

    public RapportOmfattning {
        lanKoder = Set.copyOf(lanKoder);
        organisationIds = Set.copyOf(organisationIds);
    }

    public boolean arTom() {
        return !riket && lanKoder.isEmpty() && organisationIds.isEmpty();
    }

    public boolean omfattarLan(String lanKod) {
        return riket || lanKoder.contains(lanKod);
    }

    /** A förbund is readable when named, or when it covers any kommun in a readable län. */
    public boolean omfattarOrganisation(long organisationId, Set<String> organisationensLan) {
        return riket
                || organisationIds.contains(organisationId)
                || organisationensLan.stream().anyMatch(lanKoder::contains);
    }
}
