package se.finsam.sus.behorighet;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.audit.AuditHandelse;
import se.finsam.sus.audit.AuditService;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ValideringsException;

/**
 * Beställningar (issue 12 #18, the old "beställare" flow): a samverkansadministratör or insatsansvarig of a förbund
 * asks that a user of an authority get an insatsansvarig or deltagaransvarig uppdrag, on an insats or the förbund;
 * the behörighetsadministratör of that user's employer approves it (the uppdrag is given through
 * {@link UppdragAdministration} with all its rules) or rejects it with a reason. Who may ask for what is who may
 * give it ({@link UppdragRatt}); the queue and every decision are scoped to the administrator's employer in the
 * query, any other beställning is "hittades inte" and audited. Nobody approves their own beställning or an uppdrag
 * for themselves. Every step is audited ({@code BESTALLNING_SKAPAD}, {@code _GODKAND}, {@code _AVVISAD}).
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roller.BEHORIGHETSADMINISTRATOR + "')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Bestallningar {

    /** The förbund's users who may ask (what exactly each may ask for is {@link UppdragRatt}'s). */
    static final String FORBUND =
            "hasAnyRole('" + Roller.SAMVERKANSADMINISTRATOR + "','" + Roller.INSATSANSVARIG + "')";

    private final BestallningRepository bestallningar;
    private final AnvandareRepository anvandare;
    private final UppdragRatt ratt;
    private final Uppdragsregler regler;
    private final UppdragAdministration uppdrag;
    private final UppdragsOmfattningar omfattningar;
    private final InsatsOrganisation insatsOrganisation;
    private final AuditService audit;
    private final Clock clock;

    /** Asks for the uppdrag; refused (audited) unless the caller may give that role on the insats or förbund. */
    @PreAuthorize(FORBUND)
    public long bestall(NyBestallning ny) {
        long bestallare = SusPrincipal.aktuell()
                .map(SusPrincipal::anvandarId)
                .orElseThrow(() -> new ValideringsException("bestallning.fel.roll"));
        return skapa(ny, bestallare, true);
    }

    /** A demo beställning in the name of a förbund user, run as the system: the rules, but not the caller's rights. */
    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    long bestallSomDemo(NyBestallning ny, String bestallare) {
        long id = anvandare
                .findByAnvandarnamn(Anvandare.normalisera(bestallare))
                .orElseThrow(() -> new ValideringsException("uppdrag.fel.okand-anvandare"))
                .getId();
        return skapa(ny, id, false);
    }

    private long skapa(NyBestallning ny, long bestallare, boolean kontrolleraRatt) {
        Roll roll = ny.roll();
        boolean tillaten = ny.omfattning() == Omfattning.INSATS
                ? roll == Roll.DELTAGARANSVARIG || roll == Roll.INSATSANSVARIG
                : ny.omfattning() == Omfattning.ORGANISATION && roll == Roll.INSATSANSVARIG;
        if (!tillaten) {
            throw new ValideringsException("bestallning.fel.roll");
        }
        long organisationId;
        Long insatsId = null;
        if (ny.omfattning() == Omfattning.INSATS) {
            insatsId = ny.id();
            organisationId = kontrolleraRatt
                    ? ratt.kravIInsats(roll, ny.id())
                    : insatsOrganisation.organisationFor(ny.id()).orElseThrow();
        } else {
            if (kontrolleraRatt) {
                ratt.kravIOrganisation(roll, ny.id());
            }
            organisationId = ny.id();
        }
        Anvandare mottagare = anvandare
                .findByAnvandarnamn(Anvandare.normalisera(ny.anvandarnamn()))
                .filter(Anvandare::isAktiv)
                .orElseThrow(() -> new ValideringsException("uppdrag.fel.okand-anvandare"));
        if (Arbetsplats.forAnvandare(mottagare).isEmpty()) {
            throw new ValideringsException("bestallning.fel.myndighet");
        }
        regler.kontrolleraDatum(ny.start(), ny.slut());
        if (bestallningar.vantarRedan(mottagare.getId(), roll, organisationId, insatsId)) {
            throw new ValideringsException("bestallning.fel.finns-redan");
        }
        Bestallning sparad = bestallningar.save(new Bestallning(
                mottagare.getId(), roll, organisationId, insatsId, ny.start(), ny.slut(), bestallare, clock.instant()));
        logga(AuditAtgard.BESTALLNING_SKAPAD, sparad, sparad.detaljer());
        return sparad.getId();
    }

    /** Active staff of the authorities, for the beställning's user picker. */
    @PreAuthorize(FORBUND)
    @Transactional(readOnly = true)
    public List<AnvandarVal> myndighetsanstallda() {
        return anvandare.aktivaMyndighetsanstallda().stream()
                .filter(a -> Arbetsplats.forAnvandare(a).isPresent())
                .map(a -> new AnvandarVal(a.getAnvandarnamn(), a.getNamn()))
                .toList();
    }

    /** The förbund's beställningar of uppdrag on the whole förbund, newest first, for those who see its uppdrag. */
    @PreAuthorize(FORBUND)
    @Transactional(readOnly = true)
    public List<BestallningRad> forOrganisation(long organisationId) {
        if (!ratt.farSeOrganisationens(organisationId)) {
            throw audit.nekad("Samverkansorganisation", organisationId, "bestallningar");
        }
        return rader(bestallningar.findByOrganisationIdOrderByBestalldDesc(organisationId).stream()
                .filter(b -> b.getInsatsId() == null)
                .toList());
    }

    /** The insats's beställningar, newest first, for those who see its uppdrag. */
    @PreAuthorize(FORBUND)
    @Transactional(readOnly = true)
    public List<BestallningRad> forInsats(long insatsId) {
        if (!ratt.farSeInsatsens(insatsId)) {
            throw audit.nekad("Insats", insatsId, "bestallningar");
        }
        return rader(bestallningar.findByInsatsIdOrderByBestalldDesc(insatsId));
    }

    /** The administrator's queue: waiting beställningar for staff of their own employer, oldest first. */
    @Transactional(readOnly = true)
    public List<BestallningRad> vantande() {
        Arbetsplats egen = egen(administrator());
        return rader(bestallningar.iArbetsplats(BestallningStatus.VANTAR, egen.arbetsgivare(), egen.nyckel()));
    }

    /**
     * Approves: the uppdrag is given (its rules may still refuse it: the user must hold the role by now, the dates
     * must still hold). Refused for a beställning outside the employer (audited, "hittades inte"), the
     * administrator's own beställning, and an uppdrag for the administrator themselves (both audited).
     */
    public long godkann(long id, long version) {
        Anvandare admin = administrator();
        Bestallning b = hamta(id, version, egen(admin), "godkanna");
        b.vantar();
        if (b.getBestalldAv() == admin.getId()) {
            throw nekadRegel(id, "godkanna egen bestallning", "bestallning.fel.egen-bestallning");
        }
        if (b.getAnvandareId() == admin.getId()) {
            throw nekadRegel(id, "godkanna uppdrag till sig sjalv", "bestallning.fel.till-sig-sjalv");
        }
        Anvandare mottagare = anvandare.findById(b.getAnvandareId()).orElseThrow();
        long uppdragId = uppdrag.geBestallt(
                mottagare.getAnvandarnamn(),
                b.getRoll(),
                b.getOrganisationId(),
                b.getInsatsId(),
                b.getStartdatum(),
                b.getSlutdatum(),
                id);
        b.godkann(admin.getId(), clock.instant(), uppdragId);
        logga(AuditAtgard.BESTALLNING_GODKAND, b, b.detaljer() + " uppdrag=" + uppdragId);
        return uppdragId;
    }

    /** Rejects with a reason (shown to the förbund, never audited: free text). */
    public void avvisa(long id, long version, String motivering) {
        Anvandare admin = administrator();
        Bestallning b = hamta(id, version, egen(admin), "avvisa");
        b.avvisa(admin.getId(), clock.instant(), motivering);
        logga(AuditAtgard.BESTALLNING_AVVISAD, b, b.detaljer());
    }

    private Bestallning hamta(long id, long version, Arbetsplats egen, String vad) {
        Bestallning b = bestallningar
                .iArbetsplats(id, egen.arbetsgivare(), egen.nyckel())
                .orElseThrow(() -> nekad(id, vad));
        b.kontrolleraVersion(version);
        return b;
    }

    private Anvandare administrator() {
        return SusPrincipal.aktuell()
                .flatMap(p -> anvandare.findById(p.anvandarId()))
                .orElseThrow(() -> new ValideringsException("personal.fel.ingen-arbetsplats"));
    }

    private static Arbetsplats egen(Anvandare admin) {
        return Arbetsplats.forAnvandare(admin)
                .orElseThrow(() -> new ValideringsException("personal.fel.ingen-arbetsplats"));
    }

    private HittadesInteException nekad(long id, String vad) {
        return audit.nekad("Bestallning", id, "bestallning " + vad);
    }

    private ValideringsException nekadRegel(long id, String vad, String nyckel) {
        audit.registreraFristaende(AuditHandelse.av(AuditAtgard.ATKOMST_NEKAD)
                .om("Bestallning", String.valueOf(id))
                .med("bestallning " + vad));
        return new ValideringsException(nyckel);
    }

    private void logga(AuditAtgard atgard, Bestallning b, String detaljer) {
        audit.registrera(AuditHandelse.av(atgard)
                .om("Bestallning", String.valueOf(b.getId()))
                .med(detaljer));
    }

    private List<BestallningRad> rader(List<Bestallning> lista) {
        Map<Long, Anvandare> personer = anvandare
                .findAllById(lista.stream()
                        .flatMap(b -> Stream.of(b.getAnvandareId(), b.getBestalldAv()))
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Anvandare::getId, Function.identity()));
        Map<Long, String> organisationer =
                omfattningar.organisationsnamn(ids(lista.stream().map(Bestallning::getOrganisationId)));
        Map<Long, String> insatser = omfattningar.insatsnamn(ids(lista.stream().map(Bestallning::getInsatsId)));
        return lista.stream()
                .map(b -> {
                    Anvandare mottagare = personer.get(b.getAnvandareId());
                    Anvandare bestallare = personer.get(b.getBestalldAv());
                    String plats = b.getInsatsId() == null
                            ? organisationer.get(b.getOrganisationId())
                            : insatser.get(b.getInsatsId()) + " (" + organisationer.get(b.getOrganisationId()) + ")";
                    return new BestallningRad(
                            b.getId(),
                            b.getVersion(),
                            mottagare.getAnvandarnamn(),
                            mottagare.getNamn(),
                            b.getRoll(),
                            b.getOmfattning(),
                            plats,
                            b.getStartdatum(),
                            b.getSlutdatum(),
                            bestallare.getNamn(),
                            b.getBestalld(),
                            b.getStatus(),
                            b.getMotivering());
                })
                .toList();
    }

    private static Collection<Long> ids(Stream<Long> ids) {
        return ids.filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
