package se.finsam.sus.behorighet;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.ValideringsException;
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

    /** Marks the uppdrag as delegated to its deputy, or takes it back; one without a deputy cannot be delegated. */
    void setDelegerat(boolean delegerat) {
        if (delegerat && ersattareId == null) {
            throw new ValideringsException("uppdrag.fel.ingen-ersattare");
        }
        this.delegerat = delegerat;
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

    /** The holder's and the deputy's ids (the deputy's may be null), to look their names up. */
    Stream<Long> personer() {
        return Stream.of(anvandareId, ersattareId);
    }

    /** The uppdrag as a row, with the holder and deputy from {@code personer} (by id). */
    UppdragRad rad(Map<Long, Anvandare> personer, String omfattningsnamn) {
        Anvandare innehavare = personer.get(anvandareId);
        Anvandare ersattare = ersattareId == null ? null : personer.get(ersattareId);
        return new UppdragRad(
                info(),
                innehavare.getAnvandarnamn(),
                innehavare.getNamn(),
                omfattningsnamn,
                ersattare == null ? null : ersattare.getNamn(),
                delegerat);
    }

    /** The uppdrag's role, scope and dates (no other getters: one view of them). */
    UppdragInfo info() {
        return new UppdragInfo(getId(), roll, omfattning, organisationId, insatsId, lanKod, startdatum, slutdatum);
    }
}
