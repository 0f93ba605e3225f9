package se.finsam.sus.behorighet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
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
 * Giving, renewing and ending uppdrag ("Vem gör vad och var?"):
 * <ul>
 * <li>a system administrator gives any uppdrag;</li>
 * <li>a samverkansadministratör gives insatsansvariga uppdrag in their own organisation;</li>
 * <li>an insatsansvarig connects deltagaransvariga (authority staff) to their insatser.</li>
 * </ul>
 * An uppdrag runs at most two years ahead (renewal extends it) and may name a deputy with the same role, who
 * holds the same rights while the uppdrag is marked as delegated. Every change is audited.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('" + Roller.SYSTEMADMINISTRATOR + "','" + Roller.SAMVERKANSADMINISTRATOR + "','"
        + Roller.INSATSANSVARIG + "')")
public class UppdragAdministration {

    /** How far ahead an uppdrag may run before it must be renewed. */
    static final int MAX_AR = 2;

    private final UppdragRepository uppdrag;
    private final AnvandareRepository anvandare;
    private final BehorighetService behorighet;
    private final InsatsOrganisation insatsOrganisation;
    private final AuditService audit;
    private final Clock clock;

    UppdragAdministration(UppdragRepository uppdrag, AnvandareRepository anvandare, BehorighetService behorighet,
            InsatsOrganisation insatsOrganisation, AuditService audit, Clock clock) {
        this.uppdrag = uppdrag;
        this.anvandare = anvandare;
        this.behorighet = behorighet;
        this.insatsOrganisation = insatsOrganisation;
        this.audit = audit;
        this.clock = clock;
    }

    /** An uppdrag on a whole organisation: samverkansadministratör, insatsansvarig or rapportläsare (förbund). */
    public long geOrganisationsuppdrag(String anvandarnamn, Roll roll, long organisationId, LocalDate start,
            LocalDate slut, String ersattare) {
        if (roll == Roll.DELTAGARANSVARIG || roll == Roll.SYSTEMADMINISTRATOR) {
            throw new ValideringsException("uppdrag.fel.omfattning");
        }
        kravRattIOrganisation(roll, organisationId);
        Anvandare mottagare = mottagare(anvandarnamn, roll);
        kontrolleraDatum(start, slut);
        Uppdrag nytt = Uppdrag.forOrganisation(mottagare.getId(), roll, organisationId, start, slut);
        nytt.setErsattare(ersattareId(ersattare, roll, mottagare));
        return spara(nytt, "roll=" + roll + " organisation=" + organisationId);
    }

    /** An uppdrag on one insats: insatsansvarig or deltagaransvarig. */
    public long geInsatsuppdrag(String anvandarnamn, Roll roll, long insatsId, LocalDate start, LocalDate slut,
            String ersattare) {
        if (roll != Roll.DELTAGARANSVARIG && roll != Roll.INSATSANSVARIG) {
            throw new ValideringsException("uppdrag.fel.omfattning");
        }
        long organisationId = kravRattIInsats(roll, insatsId);
        Anvandare mottagare = mottagare(anvandarnamn, roll);
        kontrolleraDatum(start, slut);
        Uppdrag nytt = Uppdrag.forInsats(mottagare.getId(), roll, insatsId, start, slut);
        nytt.setErsattare(ersattareId(ersattare, roll, mottagare));
        return spara(nytt, "roll=" + roll + " insats=" + insatsId + " organisation=" + organisationId);
    }

    /** Renewal: a new end date, at most two years ahead. */
    public void forlang(long uppdragId, LocalDate nyttSlut) {
        Uppdrag u = hamtaMedRatt(uppdragId);
        kontrolleraDatum(u.getStartdatum(), nyttSlut);
        u.forlang(nyttSlut);
        logga(AuditAtgard.UPPDRAG_ANDRAT, u, "slutdatum=" + nyttSlut);
    }

    /** Marks the uppdrag as delegated to its deputy, or takes the delegation back. */
    public void delegera(long uppdragId, boolean delegerat) {
        Uppdrag u = hamtaMedRatt(uppdragId);
        if (delegerat && u.getErsattareId() == null) {
            throw new ValideringsException("uppdrag.fel.ingen-ersattare");
        }
        u.setDelegerat(delegerat);
        logga(AuditAtgard.UPPDRAG_ANDRAT, u, "delegerat=" + delegerat);
    }

    /** Ends the uppdrag: it gives no access from today. */
    public void avsluta(long uppdragId) {
        Uppdrag u = hamtaMedRatt(uppdragId);
        u.avsluta(LocalDate.now(clock));
        logga(AuditAtgard.UPPDRAG_AVSLUTAT, u, null);
    }

    @Transactional(readOnly = true)
    public List<UppdragRad> forOrganisation(long organisationId) {
        if (!farSeOrganisationensUppdrag(organisationId)) {
            throw nekad("Samverkansorganisation", organisationId);
        }
        return rader(uppdrag.findByOrganisationIdOrderBySlutdatumDesc(organisationId));
    }

    @Transactional(readOnly = true)
    public List<UppdragRad> forInsats(long insatsId) {
        if (!farSeInsatsensUppdrag(insatsId)) {
            throw nekad("Insats", insatsId);
        }
        return rader(uppdrag.findByInsatsIdOrderBySlutdatumDesc(insatsId));
    }

    /**
     * Whether the current user may see (and so administer) the organisation's uppdrag. A question that pages ask
     * before showing the uppdrag panel, not an attempt to reach anything: never audited, and open to every
     * logged-in user. Real attempts ({@link #forOrganisation}, giving or changing uppdrag) are refused and audited.
     */
    @PreAuthorize(Roller.INLOGGAD_REGEL)
    @Transactional(readOnly = true)
    public boolean farSeOrganisationensUppdrag(long organisationId) {
        return behorighet.harRoll(Roll.SYSTEMADMINISTRATOR)
                || behorighet.farIOrganisation(Roll.SAMVERKANSADMINISTRATOR, organisationId)
                || behorighet.farIOrganisation(Roll.INSATSANSVARIG, organisationId);
    }

    /** As {@link #farSeOrganisationensUppdrag}, for an insats: never audited; false for an unknown insats. */
    @PreAuthorize(Roller.INLOGGAD_REGEL)
    @Transactional(readOnly = true)
    public boolean farSeInsatsensUppdrag(long insatsId) {
        return insatsOrganisation.organisationFor(insatsId).map(organisationId ->
                behorighet.harRoll(Roll.SYSTEMADMINISTRATOR)
                        || behorighet.farIOrganisation(Roll.SAMVERKANSADMINISTRATOR, organisationId)
                        || behorighet.farIInsats(Roll.INSATSANSVARIG, insatsId, organisationId)).orElse(false);
    }

    /** Active users who hold the role, for the picker (deltagaransvariga are authority staff by rule). */
    @Transactional(readOnly = true)
    public List<AnvandarVal> anvandareMedRoll(Roll roll) {
        return anvandare.aktivaMedRoll(roll).stream().map(a -> new AnvandarVal(a.getAnvandarnamn(), a.getNamn()))
                .toList();
    }

    private void kravRattIOrganisation(Roll roll, long organisationId) {
        boolean ok = behorighet.harRoll(Roll.SYSTEMADMINISTRATOR)
                || (roll == Roll.INSATSANSVARIG
                && behorighet.farIOrganisation(Roll.SAMVERKANSADMINISTRATOR, organisationId));
        if (!ok) {
            throw nekad("Samverkansorganisation", organisationId);
        }
    }

    private long kravRattIInsats(Roll roll, long insatsId) {
        long organisationId = insatsOrganisation.organisationFor(insatsId)
                .orElseThrow(() -> nekad("Insats", insatsId));
        boolean ok = behorighet.harRoll(Roll.SYSTEMADMINISTRATOR)
                || (roll == Roll.INSATSANSVARIG
                && behorighet.farIOrganisation(Roll.SAMVERKANSADMINISTRATOR, organisationId))
                || (roll == Roll.DELTAGARANSVARIG
                && behorighet.farIInsats(Roll.INSATSANSVARIG, insatsId, organisationId));
        if (!ok) {
            throw nekad("Insats", insatsId);
        }
        return organisationId;
    }

    private Uppdrag hamtaMedRatt(long uppdragId) {
        Uppdrag u = uppdrag.findById(uppdragId).orElseThrow(() -> nekad("Uppdrag", uppdragId));
        try {
            if (u.getOmfattning() == Omfattning.INSATS) {
                kravRattIInsats(u.getRoll(), u.getInsatsId());
            } else if (u.getOmfattning() == Omfattning.ORGANISATION) {
                kravRattIOrganisation(u.getRoll(), u.getOrganisationId());
            } else if (!behorighet.harRoll(Roll.SYSTEMADMINISTRATOR)) {
                throw nekad("Uppdrag", uppdragId);
            }
        } catch (HittadesInteException e) {
            throw nekad("Uppdrag", uppdragId);
        }
        return u;
    }

    private Anvandare mottagare(String anvandarnamn, Roll roll) {
        Anvandare a = anvandare.findByAnvandarnamn(Anvandare.normalisera(anvandarnamn))
                .filter(Anvandare::isAktiv)
                .orElseThrow(() -> new ValideringsException("uppdrag.fel.okand-anvandare"));
        if (!a.getRoller().contains(roll)) {
            throw new ValideringsException("uppdrag.fel.saknar-roll");
        }
        return a;
    }

    private Long ersattareId(String ersattare, Roll roll, Anvandare mottagare) {
        if (ersattare == null || ersattare.isBlank()) {
            return null;
        }
        Anvandare e = anvandare.findByAnvandarnamn(Anvandare.normalisera(ersattare)).filter(Anvandare::isAktiv)
                .orElseThrow(() -> new ValideringsException("uppdrag.fel.ersattare"));
        if (!e.getRoller().contains(roll) || e.getId().equals(mottagare.getId())) {
            throw new ValideringsException("uppdrag.fel.ersattare");
        }
        return e.getId();
    }

    private void kontrolleraDatum(LocalDate start, LocalDate slut) {
        if (start == null || slut == null || slut.isBefore(start)) {
            throw new ValideringsException("uppdrag.fel.datum");
        }
        if (slut.isAfter(LocalDate.now(clock).plusYears(MAX_AR))) {
            throw new ValideringsException("uppdrag.fel.for-langt", MAX_AR);
        }
    }

    private long spara(Uppdrag nytt, String detaljer) {
        Uppdrag sparat = uppdrag.save(nytt);
        logga(AuditAtgard.UPPDRAG_GIVET, sparat, detaljer + " anvandare=" + sparat.getAnvandareId());
        return sparat.getId();
    }

    private List<UppdragRad> rader(List<Uppdrag> lista) {
        Set<Long> ids = lista.stream().flatMap(u -> java.util.stream.Stream.of(u.getAnvandareId(), u.getErsattareId()))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, Anvandare> personer = anvandare.findAllById(ids).stream()
                .collect(Collectors.toMap(Anvandare::getId, Function.identity()));
        return lista.stream().map(u -> {
            Anvandare a = personer.get(u.getAnvandareId());
            Anvandare e = u.getErsattareId() == null ? null : personer.get(u.getErsattareId());
            return new UppdragRad(u.getId(), a.getAnvandarnamn(), a.getNamn(), u.getRoll(), u.getOmfattning(),
                    u.getOrganisationId(), u.getInsatsId(), u.getStartdatum(), u.getSlutdatum(),
                    e == null ? null : e.getNamn(), u.isDelegerat());
        }).toList();
    }

    private HittadesInteException nekad(String typ, long id) {
        String vem = vem();
        audit.registreraFristaende(AuditHandelse.av(vem, AuditAtgard.ATKOMST_NEKAD).om(typ, String.valueOf(id)).med("uppdrag"));
        return new HittadesInteException(typ, id);
    }

    private void logga(AuditAtgard atgard, Uppdrag u, String detaljer) {
        audit.registrera(AuditHandelse.av(vem(), atgard).om("Uppdrag", String.valueOf(u.getId())).med(detaljer));
    }

    private static String vem() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
