package se.finsam.sus.organisation;

import java.time.LocalDate;

/** One insats with all its data as entered; {@code version} for optimistic locking. */
public record InsatsDetalj(long id, long version, long organisationId, InsatsUppgifter uppgifter) {

    public String namn() {
        return uppgifter.namn();
    }

    public LocalDate startdatum() {
        return uppgifter.startdatum();
    }
}
