package se.finsam.sus.behorighet;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.VersioneradEntitet;

/**
 * An assignment: it gives a user's role effect on one organisation, one insats or a report scope, from a start
 * date to an end date (inclusive). A role without an active uppdrag gives no access to any record.
 */
@Entity
@Table(name = "uppdrag")
class Uppdrag extends VersioneradEntitet {

    private Long anvandareId;

    @Enumerated(EnumType.STRING)
    private Roll roll;

    @Enumerated(EnumType.STRING)
    private Omfattning omfattning;

    private Long organisationId;
    private Long insatsId;
    private String lanKod;
    private LocalDate startdatum;
    private LocalDate slutdatum;
    private Long ersattareId;
    private boolean delegerat;

    protected Uppdrag() {}

    private Uppdrag(long anvandareId, Roll roll, Omfattning omfattning, LocalDate startdatum, LocalDate slutdatum) {
        if (slutdatum.isBefore(startdatum)) {
            throw new IllegalArgumentException("Uppdragets slutdatum ligger före startdatum");
        }
        this.anvandareId = anvandareId;
        this.roll = roll;
        this.omfattning = omfattning;
        this.startdatum = startdatum;
        this.slutdatum = slutdatum;
    }

    static Uppdrag forOrganisation(long anvandareId, Roll roll, long organisationId, LocalDate start, LocalDate slut) {
        Uppdrag u = new Uppdrag(anvandareId, roll, Omfattning.ORGANISATION, start, slut);
        u.organisationId = organisationId;
        return u;
    }

    static Uppdrag forInsats(long anvandareId, Roll roll, long insatsId, LocalDate start, LocalDate slut) {
        Uppdrag u = new Uppdrag(anvandareId, roll, Omfattning.INSATS, start, slut);
        u.insatsId = insatsId;
        return u;
    }

    static Uppdrag forLan(long anvandareId, String lanKod, LocalDate start, LocalDate slut) {
        Uppdrag u = new Uppdrag(anvandareId, Roll.RAPPORTLASARE, Omfattning.LAN, start, slut);
        u.lanKod = lanKod;
        return u;
    }

    static Uppdrag forRiket(long anvandareId, LocalDate start, LocalDate slut) {
        return new Uppdrag(anvandareId, Roll.RAPPORTLASARE, Omfattning.RIKET, start, slut);
    }

    void setErsattare(Long ersattareId) {
        this.ersattareId = ersattareId;
        if (ersattareId == null) {
            this.delegerat = false;
        }
    }

    void setDelegerat(boolean delegerat) {
        this.delegerat = delegerat && ersattareId != null;
    }

    /** Ends the uppdrag: it gives no access from today on. */
    void avsluta(LocalDate idag) {
        slutdatum = idag.minusDays(1);
        if (startdatum.isAfter(slutdatum)) {
            startdatum = slutdatum;
        }
    }

    void forlang(LocalDate nyttSlut) {
        if (nyttSlut.isBefore(startdatum)) {
            throw new IllegalArgumentException("Uppdragets slutdatum ligger före startdatum");
        }
        slutdatum = nyttSlut;
    }

    Long getAnvandareId() {
        return anvandareId;
    }

    Long getErsattareId() {
        return ersattareId;
    }

    boolean isDelegerat() {
        return delegerat;
    }

    Roll getRoll() {
        return roll;
    }

    Omfattning getOmfattning() {
        return omfattning;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    Long getInsatsId() {
        return insatsId;
    }

    String getLanKod() {
        return lanKod;
    }

    LocalDate getStartdatum() {
        return startdatum;
    }

    LocalDate getSlutdatum() {
        return slutdatum;
    }

    boolean arAktiv(LocalDate dag) {
        return !dag.isBefore(startdatum) && !dag.isAfter(slutdatum);
    }

    UppdragInfo info() {
        return new UppdragInfo(getId(), roll, omfattning, organisationId, insatsId, lanKod, startdatum, slutdatum);
    }
}
