package se.finsam.sus.behorighet;

/**
 * An uppdrag as the organisation and insats panels, the overview and the start view list it: the uppdrag, its
 * holder, the name of its scope (organisation, insats or län; null for riket and for a scope that no longer
 * exists) and its deputy.
 */
public record UppdragRad(
        UppdragInfo uppdrag,
        String anvandarnamn,
        String namn,
        String omfattningsnamn,
        String ersattare,
        boolean delegerat) {

    public long id() {
        return uppdrag.id();
    }
}
