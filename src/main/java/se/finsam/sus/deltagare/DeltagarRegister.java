package se.finsam.sus.deltagare;

import org.springframework.stereotype.Component;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.organisation.InsatsFakta;
import se.finsam.sus.organisation.InsatsUppslag;

/**
 * Participations and insatser within the user's scope, for the participant services: the method rules
 * ({@code @PreAuthorize}), look-ups that find an insats or a participation only within the user's uppdrag, and the
 * writes of participations. Anything outside the scope is "not found"
 * ({@link se.finsam.sus.base.HittadesInteException}) and the refusal is audited ({@link DeltagarAtkomst#nekad}).
 * Runs in the caller's transaction; audit rows of successful calls are the caller's.
 */
@Component
class DeltagarRegister {

    /** Personal data: a logged-in deltagaransvarig. */
    static final String DELTAGARANSVARIG = "hasRole('" + Roller.DELTAGARANSVARIG + "') and " + Roller.INLOGGAD_REGEL;
    /** Anonymous counts: a logged-in deltagaransvarig or insatsansvarig. */
    static final String ANTAL = "hasAnyRole('" + Roller.DELTAGARANSVARIG + "','" + Roller.INSATSANSVARIG + "') and "
            + Roller.INLOGGAD_REGEL;

    private final DeltagarAtkomst atkomst;
    private final InsatsUppslag insatser;
    private final DeltagandeRepository deltaganden;
    private final AnonymtAntalRepository antal;

    DeltagarRegister(
            DeltagarAtkomst atkomst,
            InsatsUppslag insatser,
            DeltagandeRepository deltaganden,
            AnonymtAntalRepository antal) {
        this.atkomst = atkomst;
        this.insatser = insatser;
        this.deltaganden = deltaganden;
        this.antal = antal;
    }

    /** An insats whose participants the user may see and register. */
    InsatsFakta insatsForDeltagare(long insatsId, String vad) {
        return insatser.insats(insatsId)
                .filter(i -> atkomst.farSeDeltagare(insatsId, i.organisationId()))
                .orElseThrow(() -> atkomst.nekad(DeltagarAtkomst.INSATS, insatsId, vad));
    }

    /** An insats whose anonymous counts the user may see and change. */
    InsatsFakta insatsForAntal(long insatsId, String vad) {
        return insatser.insats(insatsId)
                .filter(i -> atkomst.farRakna(insatsId, i.organisationId()))
                .orElseThrow(() -> atkomst.nekad(DeltagarAtkomst.INSATS, insatsId, vad));
    }

    /** A participation the user may see. */
    Deltagande deltagande(long id, String vad) {
        return deltaganden
                .findById(id)
                .filter(d -> atkomst.farSeDeltagare(d.getInsatsId(), d.getOrganisationId()))
                .orElseThrow(() -> atkomst.nekad(DeltagarAtkomst.DELTAGANDE, id, vad));
    }

    /** A participation the user may change, at the version the user read; an anonymised one cannot change. */
    Deltagande forAndring(long id, long version, String vad) {
        Deltagande d = deltagande(id, vad);
        d.kontrolleraVersion(version);
        if (d.isAnonymiserad()) {
            throw new ValideringsException("deltagare.fel.anonymiserad");
        }
        return d;
    }

    /** The insats of a participation already found within scope. */
    InsatsFakta insats(Deltagande d) {
        return insatser.insats(d.getInsatsId()).orElseThrow();
    }

    /** The name of a participation's insats (null if it were gone). */
    String insatsNamn(Deltagande d) {
        return insatser.insats(d.getInsatsId()).map(InsatsFakta::namn).orElse(null);
    }

    Deltagande spara(Deltagande d) {
        return deltaganden.save(d);
    }

    /** Saves and flushes, so that a stale version fails here rather than at commit. */
    Deltagande sparaNu(Deltagande d) {
        return deltaganden.saveAndFlush(d);
    }

    /**
     * Adds a participation whose consent is withdrawn to its insats's anonymous counts (its start year and kön); a
     * felregistrering never took place and is not counted.
     */
    void raknaAnonymt(Deltagande d) {
        if (d.getAvslutsanledning() == Avslutsanledning.FELREGISTRERING) {
            return;
        }
        long insatsId = d.getInsatsId();
        int ar = d.getStartdatum().getYear();
        AnonymtAntal post = antal.findByInsatsIdAndAr(insatsId, ar).orElseGet(() -> new AnonymtAntal(insatsId, ar));
        post.raknaIn(d.getKon());
        antal.save(post);
    }

    /** Deletes the participation with its försörjning ticks and consent authorities, at once. */
    void radera(Deltagande d) {
        deltaganden.delete(d);
        deltaganden.flush();
    }
}
