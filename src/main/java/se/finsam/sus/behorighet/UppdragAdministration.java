package se.finsam.sus.behorighet;

import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ValideringsException;

/**
 * Giving, renewing and ending uppdrag ("Vem gör vad och var?"), the one path for the UI and for demo data (run as
 * the system through {@code base.SomSystem}):
 * <ul>
 * <li>a system administrator gives any uppdrag;</li>
 * <li>a samverkansadministratör gives insatsansvariga uppdrag in their own organisation;</li>
 * <li>an insatsansvarig connects deltagaransvariga (authority staff) to their insatser;</li>
 * <li>a system administrator gives rapportläsare a län, the whole country or a förbund to read, and a
 * samverkansadministratör gives them their own förbund;</li>
 * <li>a behörighetsadministratör approves a förbund's beställning of an uppdrag for their own employer's staff
 * ({@link Bestallningar}).</li>
 * </ul>
 * An uppdrag runs at most two years ahead (renewal extends it) and may name a deputy with the same role, who
 * holds the same rights while the uppdrag is marked as delegated. Who may do what is {@link UppdragRatt}'s, what an
 * uppdrag may say {@link Uppdragsregler}'s; every change is audited ({@link UppdragAndringar}). The system
 * administrator's overview is {@link UppdragOversikt}.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('" + Roller.SYSTEMADMINISTRATOR + "','" + Roller.SAMVERKANSADMINISTRATOR + "','"
        + Roller.INSATSANSVARIG + "')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UppdragAdministration {

    private final UppdragRatt ratt;
    private final Uppdragsregler regler;
    private final UppdragAndringar andringar;
    private final Uppdragsrader rader;

    /** An uppdrag on a whole organisation: samverkansadministratör, insatsansvarig or rapportläsare (förbund). */
    public long geOrganisationsuppdrag(
            String anvandarnamn, Roll roll, long organisationId, LocalDate start, LocalDate slut, String ersattare) {
        // A behörighetsadministratör's scope is their employer (Arbetsplats), never an uppdrag.
        if (roll == Roll.DELTAGARANSVARIG
                || roll == Roll.SYSTEMADMINISTRATOR
                || roll == Roll.BEHORIGHETSADMINISTRATOR) {
            throw new ValideringsException("uppdrag.fel.omfattning");
        }
        ratt.kravIOrganisation(roll, organisationId);
        return geOrganisation(anvandarnamn, roll, organisationId, start, slut, ersattare, "");
    }

    private long geOrganisation(
            String anvandarnamn,
            Roll roll,
            long organisationId,
            LocalDate start,
            LocalDate slut,
            String ersattare,
            String kalla) {
        long mottagare = regler.mottagare(anvandarnamn, roll).getId();
        regler.kontrolleraDatum(start, slut);
        Uppdrag nytt = Uppdrag.forOrganisation(mottagare, roll, organisationId, start, slut);
        nytt.setErsattare(regler.ersattareId(ersattare, roll, mottagare));
        return andringar.ge(nytt, "roll=" + roll + " organisation=" + organisationId + kalla);
    }

    /** An uppdrag on one insats: insatsansvarig or deltagaransvarig. */
    public long geInsatsuppdrag(
            String anvandarnamn, Roll roll, long insatsId, LocalDate start, LocalDate slut, String ersattare) {
        if (roll != Roll.DELTAGARANSVARIG && roll != Roll.INSATSANSVARIG) {
            throw new ValideringsException("uppdrag.fel.omfattning");
        }
        long organisationId = ratt.kravIInsats(roll, insatsId);
        return geInsats(anvandarnamn, roll, insatsId, organisationId, start, slut, ersattare, "");
    }

    private long geInsats(
            String anvandarnamn,
            Roll roll,
            long insatsId,
            long organisationId,
            LocalDate start,
            LocalDate slut,
            String ersattare,
            String kalla) {
        long mottagare = regler.mottagare(anvandarnamn, roll).getId();
        regler.kontrolleraDatum(start, slut);
        Long ersattareId = regler.ersattareId(ersattare, roll, mottagare);
        regler.kontrolleraInteSjalv(roll, mottagare);
        regler.kontrolleraInteSjalv(roll, ersattareId);
        Uppdrag nytt = Uppdrag.forInsats(mottagare, roll, insatsId, start, slut);
        nytt.setErsattare(ersattareId);
        return andringar.ge(nytt, "roll=" + roll + " insats=" + insatsId + " organisation=" + organisationId + kalla);
    }

    /**
     * The uppdrag of an approved beställning ({@link Bestallningar#godkann}), given by the behörighetsadministratör
     * of the holder's employer under every rule of {@link #geInsatsuppdrag} and {@link #geOrganisationsuppdrag} (the
     * holder is an active user with the role, the dates, nobody opens personal data to themselves). Who may ask for
     * it was checked when it was asked for, the approver's scope by {@link Bestallningar}: so not
     * {@link UppdragRatt}, which knows no behörighetsadministratör.
     */
    @PreAuthorize("hasRole('" + Roller.BEHORIGHETSADMINISTRATOR + "')")
    long geBestallt(
            String anvandarnamn,
            Roll roll,
            long organisationId,
            Long insatsId,
            LocalDate start,
            LocalDate slut,
            long bestallningId) {
        String kalla = " bestallning=" + bestallningId;
        return insatsId == null
                ? geOrganisation(anvandarnamn, roll, organisationId, start, slut, null, kalla)
                : geInsats(anvandarnamn, roll, insatsId, organisationId, start, slut, null, kalla);
    }

    /**
     * A rapportläsare uppdrag on one län, the whole country or one förbund. Län and riket are given by a system
     * administrator only (the rule refuses anyone else, audited by {@link NekadAtkomstLyssnare}); a
     * samverkansadministratör gives their own förbund (refusals audited here).
     */
    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "') or (hasRole('" + Roller.SAMVERKANSADMINISTRATOR
            + "') and #omfattning?.name() == 'ORGANISATION')")
    public long geRapportuppdrag(
            String anvandarnamn,
            Omfattning omfattning,
            String lanKod,
            Long organisationId,
            LocalDate start,
            LocalDate slut) {
        if (omfattning == null || omfattning == Omfattning.INSATS) {
            throw new ValideringsException("uppdrag.fel.omfattning");
        }
        if (omfattning == Omfattning.ORGANISATION) {
            if (organisationId == null) {
                throw new ValideringsException("uppdrag.fel.organisation");
            }
            ratt.kravIOrganisation(Roll.RAPPORTLASARE, organisationId);
        } else if (omfattning == Omfattning.LAN) {
            regler.kontrolleraLan(lanKod);
        }
        long mottagare = regler.mottagare(anvandarnamn, Roll.RAPPORTLASARE).getId();
        regler.kontrolleraDatum(start, slut);
        String roll = "roll=" + Roll.RAPPORTLASARE;
        return switch (omfattning) {
            case LAN -> andringar.ge(Uppdrag.forLan(mottagare, lanKod, start, slut), roll + " lan=" + lanKod);
            case RIKET -> andringar.ge(Uppdrag.forRiket(mottagare, start, slut), roll + " riket");
            default ->
                andringar.ge(
                        Uppdrag.forOrganisation(mottagare, Roll.RAPPORTLASARE, organisationId, start, slut),
                        roll + " organisation=" + organisationId);
        };
    }

    /** Renewal: a new end date, at most two years ahead. */
    public void forlang(long uppdragId, LocalDate nyttSlut) {
        Uppdrag u = ratt.hamta(uppdragId);
        regler.kontrolleraDatum(u.info().startdatum(), nyttSlut);
        u.forlang(nyttSlut);
        andringar.logga(AuditAtgard.UPPDRAG_ANDRAT, u, "slutdatum=" + nyttSlut);
    }

    /** Marks the uppdrag as delegated to its deputy, or takes the delegation back. */
    public void delegera(long uppdragId, boolean delegerat) {
        Uppdrag u = ratt.hamta(uppdragId);
        u.setDelegerat(delegerat);
        andringar.logga(AuditAtgard.UPPDRAG_ANDRAT, u, "delegerat=" + delegerat);
    }

    /**
     * Names another deputy for a running uppdrag, or none ({@code ersattare} blank). Any delegation ends with the
     * change, so the new deputy holds the rights only once the uppdrag is marked as delegated again.
     */
    public void bytErsattare(long uppdragId, String ersattare) {
        Uppdrag u = ratt.hamta(uppdragId);
        Long ny = regler.ersattareId(ersattare, u.info().roll(), u.getAnvandareId());
        regler.kontrolleraInteSjalv(u.info().roll(), ny);
        u.setErsattare(ny);
        u.setDelegerat(false);
        andringar.logga(AuditAtgard.UPPDRAG_ANDRAT, u, "ersattare=" + ny);
    }

    /** Ends the uppdrag: it gives no access from today. */
    public void avsluta(long uppdragId) {
        Uppdrag u = ratt.hamta(uppdragId);
        u.avsluta(regler.idag());
        andringar.logga(AuditAtgard.UPPDRAG_AVSLUTAT, u, null);
    }

    @Transactional(readOnly = true)
    public List<UppdragRad> forOrganisation(long organisationId) {
        if (!ratt.farSeOrganisationens(organisationId)) {
            throw ratt.nekad("Samverkansorganisation", organisationId);
        }
        return rader.forOrganisation(organisationId);
    }

    @Transactional(readOnly = true)
    public List<UppdragRad> forInsats(long insatsId) {
        if (!ratt.farSeInsatsens(insatsId)) {
            throw ratt.nekad("Insats", insatsId);
        }
        return rader.forInsats(insatsId);
    }

    /**
     * Whether the current user may see (and so administer) the organisation's uppdrag. A question that pages ask
     * before showing the uppdrag panel, not an attempt to reach anything: never audited, and open to every
     * logged-in user. Real attempts ({@link #forOrganisation}, giving or changing uppdrag) are refused and audited.
     */
    @PreAuthorize(Roller.INLOGGAD_REGEL)
    @Transactional(readOnly = true)
    public boolean farSeOrganisationensUppdrag(long organisationId) {
        return ratt.farSeOrganisationens(organisationId);
    }

    /** As {@link #farSeOrganisationensUppdrag}, for an insats: never audited; false for an unknown insats. */
    @PreAuthorize(Roller.INLOGGAD_REGEL)
    @Transactional(readOnly = true)
    public boolean farSeInsatsensUppdrag(long insatsId) {
        return ratt.farSeInsatsens(insatsId);
    }

    /**
     * Whether the current user may renew, end or change the deputy of the uppdrag: the rule those methods apply
     * ({@code UppdragRatt.farAndra}), asked by the lists before they offer the buttons. A question, never audited.
     */
    @Transactional(readOnly = true)
    public boolean farAndra(UppdragRad rad) {
        return ratt.farAndra(rad.uppdrag());
    }

    /** Active users who hold the role, for the picker (deltagaransvariga are authority staff by rule). */
    @Transactional(readOnly = true)
    public List<AnvandarVal> anvandareMedRoll(Roll roll) {
        return regler.medRoll(roll);
    }
}
