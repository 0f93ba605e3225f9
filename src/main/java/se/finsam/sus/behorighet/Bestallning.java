package se.finsam.sus.behorighet;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.VersioneradEntitet;

/**
 * A förbund's request that an authority's user get an insatsansvarig or deltagaransvarig uppdrag (the old
 * "beställare" flow): waits for the behörighetsadministratör of the user's employer, who approves it (the uppdrag is
 * given then) or rejects it with a reason.
 */
@Entity
@Table(name = "bestallning")
class Bestallning extends VersioneradEntitet {

    /** Longest reason for a rejection. */
    static final int MAX_MOTIVERING = 500;

    private Long anvandareId;

    @Enumerated(EnumType.STRING)
    private Roll roll;

    @Enumerated(EnumType.STRING)
    private Omfattning omfattning;

    private Long organisationId;
    private Long insatsId;
    private LocalDate startdatum;
    private LocalDate slutdatum;
    private Long bestalldAv;
    private Instant bestalld;

    @Enumerated(EnumType.STRING)
    private BestallningStatus status = BestallningStatus.VANTAR;

    private Long beslutadAv;
    private Instant beslutad;
    private String motivering;
    private Long uppdragId;

    protected Bestallning() {}

    Bestallning(
            long anvandareId,
            Roll roll,
            long organisationId,
            Long insatsId,
            LocalDate startdatum,
            LocalDate slutdatum,
            long bestalldAv,
            Instant bestalld) {
        this.anvandareId = anvandareId;
        this.roll = roll;
        this.omfattning = insatsId == null ? Omfattning.ORGANISATION : Omfattning.INSATS;
        this.organisationId = organisationId;
        this.insatsId = insatsId;
        this.startdatum = startdatum;
        this.slutdatum = slutdatum;
        this.bestalldAv = bestalldAv;
        this.bestalld = bestalld;
    }

    void godkann(long av, Instant nar, long uppdrag) {
        vantar();
        this.status = BestallningStatus.GODKAND;
        this.beslutadAv = av;
        this.beslutad = nar;
        this.uppdragId = uppdrag;
    }

    void avvisa(long av, Instant nar, String skal) {
        vantar();
        if (skal == null || skal.isBlank()) {
            throw new ValideringsException("bestallning.fel.motivering");
        }
        if (skal.strip().length() > MAX_MOTIVERING) {
            throw new ValideringsException("bestallning.fel.motivering-lang", MAX_MOTIVERING);
        }
        this.status = BestallningStatus.AVVISAD;
        this.beslutadAv = av;
        this.beslutad = nar;
        this.motivering = skal.strip();
    }

    /** Only a waiting beställning is decided (once). */
    void vantar() {
        if (status != BestallningStatus.VANTAR) {
            throw new ValideringsException("bestallning.fel.beslutad");
        }
    }

    long getAnvandareId() {
        return anvandareId;
    }

    Roll getRoll() {
        return roll;
    }

    Omfattning getOmfattning() {
        return omfattning;
    }

    long getOrganisationId() {
        return organisationId;
    }

    Long getInsatsId() {
        return insatsId;
    }

    LocalDate getStartdatum() {
        return startdatum;
    }

    LocalDate getSlutdatum() {
        return slutdatum;
    }

    long getBestalldAv() {
        return bestalldAv;
    }

    Instant getBestalld() {
        return bestalld;
    }

    BestallningStatus getStatus() {
        return status;
    }

    String getMotivering() {
        return motivering;
    }

    /** What the audit rows say about it (ids only). */
    String detaljer() {
        return "roll=" + roll + (insatsId == null ? "" : " insats=" + insatsId) + " organisation=" + organisationId
                + " anvandare=" + anvandareId;
    }
}
