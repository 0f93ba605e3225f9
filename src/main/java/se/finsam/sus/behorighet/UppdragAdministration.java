package se.finsam.sus.behorighet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
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
import se.finsam.sus.geografi.GeografiService;
import se.finsam.sus.geografi.LanInfo;

/**
 * Giving, renewing and ending uppdrag ("Vem gör vad och var?"):
 * <ul>
 * <li>a system administrator gives any uppdrag;</li>
 * <li>a samverkansadministratör gives insatsansvariga uppdrag in their own organisation;</li>
 * <li>an insatsansvarig connects deltagaransvariga (authority staff) to their insatser;</li>
 * <li>a system administrator gives rapportläsare a län, the whole country or a förbund to read, and a
 * samverkansadministratör gives them their own förbund.</li>
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
    private final UppdragsOmfattningar omfattningar;
    private final GeografiService geografi;
    private final AuditService audit;
    private final Clock clock;

    UppdragAdministration(
            UppdragRepository uppdrag,
            AnvandareRepository anvandare,
            BehorighetService behorighet,
            InsatsOrganisation insatsOrganisation,
            UppdragsOmfattningar omfattningar,
            GeografiService geografi,
            AuditService audit,
            Clock clock) {
        this.uppdrag = uppdrag;
        this.anvandare = anvandare;
        this.behorighet = behorighet;
        this.insatsOrganisation = insatsOrganisation;
        this.omfattningar = omfattningar;
        this.geografi = geografi;
        this.audit = audit;
        this.clock = clock;
    }

    /** An uppdrag on a whole organisation: samverkansadministratör, insatsansvarig or rapportläsare (förbund). */
    public long geOrganisationsuppdrag(
            String anvandarnamn, Roll roll, long organisationId, LocalDate start, LocalDate slut, String ersattare) {
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
    public long geInsatsuppdrag(
            String anvandarnamn, Roll roll, long insatsId, LocalDate start, LocalDate slut, String ersattare) {
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
            kravRattIOrganisation(Roll.RAPPORTLASARE, organisationId);
        } else if (omfattning == Omfattning.LAN
                && (lanKod == null || geografi.lan(lanKod).isEmpty())) {
            throw new ValideringsException("uppdrag.fel.lan");
        }
        Anvandare mottagare = mottagare(anvandarnamn, Roll.RAPPORTLASARE);
        kontrolleraDatum(start, slut);
        return switch (omfattning) {
            case LAN ->
                spara(
                        Uppdrag.forLan(mottagare.getId(), lanKod, start, slut),
                        "roll=" + Roll.RAPPORTLASARE + " lan=" + lanKod);
            case RIKET ->
                spara(Uppdrag.forRiket(mottagare.getId(), start, slut), "roll=" + Roll.RAPPORTLASARE + " riket");
            default ->
                spara(
                        Uppdrag.forOrganisation(mottagare.getId(), Roll.RAPPORTLASARE, organisationId, start, slut),
                        "roll=" + Roll.RAPPORTLASARE + " organisation=" + organisationId);
        };
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

    /**
     * Names another deputy for a running uppdrag, or none ({@code ersattare} blank). Any delegation ends with the
     * change, so the new deputy holds the rights only once the uppdrag is marked as delegated again.
     */
    public void bytErsattare(long uppdragId, String ersattare) {
        Uppdrag u = hamtaMedRatt(uppdragId);
        Anvandare innehavare = anvandare.findById(u.getAnvandareId()).orElseThrow();
        u.setErsattare(ersattareId(ersattare, u.getRoll(), innehavare));
        u.setDelegerat(false);
        logga(AuditAtgard.UPPDRAG_ANDRAT, u, "ersattare=" + u.getErsattareId());
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
        return insatsOrganisation
                .organisationFor(insatsId)
                .map(organisationId -> behorighet.harRoll(Roll.SYSTEMADMINISTRATOR)
                        || behorighet.farIOrganisation(Roll.SAMVERKANSADMINISTRATOR, organisationId)
                        || behorighet.farIInsats(Roll.INSATSANSVARIG, insatsId, organisationId))
                .orElse(false);
    }

    /** The system administrator's overview of every uppdrag: one page, latest end first. */
    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    @Transactional(readOnly = true)
    public List<UppdragOversiktRad> sok(UppdragFilter filter, Pageable page) {
        Sokning s = new Sokning(filter, LocalDate.now(clock));
        return oversiktsrader(uppdrag.sok(s.monster, s.roll, s.startFran, s.startTill, s.slutFran, s.slutTill, page)
                .getContent());
    }

    /**
     * The logged-in user's own active uppdrag with their scope named, soonest end first (for the start view).
     * Reads only the user's own uppdrag, so open to every logged-in user.
     */
    @PreAuthorize(Roller.INLOGGAD_REGEL)
    @Transactional(readOnly = true)
    public List<UppdragOversiktRad> minaAktivaUppdrag() {
        LocalDate idag = LocalDate.now(clock);
        return behorighet
                .inloggad()
                .map(p -> oversiktsrader(uppdrag.allaFor(p.anvandarId()).stream()
                        .filter(u -> u.arAktiv(idag))
                        .sorted(java.util.Comparator.comparing(Uppdrag::getSlutdatum))
                        .toList()))
                .orElse(List.of());
    }

    /** Uppdrag as overview rows: holder, deputy and the name of the scope. */
    private List<UppdragOversiktRad> oversiktsrader(List<Uppdrag> lista) {
        Map<Long, Anvandare> personer = personer(lista);
        Map<Long, String> organisationer = omfattningar.organisationsnamn(lista.stream()
                .map(Uppdrag::getOrganisationId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, String> insatser = omfattningar.insatsnamn(lista.stream()
                .map(Uppdrag::getInsatsId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<String, String> lan = geografi.allaLan().stream().collect(Collectors.toMap(LanInfo::kod, LanInfo::namn));
        return lista.stream()
                .map(u -> {
                    Anvandare a = personer.get(u.getAnvandareId());
                    Anvandare e = u.getErsattareId() == null ? null : personer.get(u.getErsattareId());
                    String omfattningsnamn = switch (u.getOmfattning()) {
                        case ORGANISATION -> organisationer.get(u.getOrganisationId());
                        case INSATS -> insatser.get(u.getInsatsId());
                        case LAN -> lan.get(u.getLanKod());
                        case RIKET -> null;
                    };
                    return new UppdragOversiktRad(
                            u.getId(),
                            a.getAnvandarnamn(),
                            a.getNamn(),
                            u.getRoll(),
                            u.getOmfattning(),
                            u.getOrganisationId(),
                            u.getInsatsId(),
                            u.getLanKod(),
                            omfattningsnamn,
                            u.getStartdatum(),
                            u.getSlutdatum(),
                            e == null ? null : e.getNamn(),
                            u.isDelegerat());
                })
                .toList();
    }

    /** How many uppdrag the overview's filter matches. */
    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    @Transactional(readOnly = true)
    public long antal(UppdragFilter filter) {
        Sokning s = new Sokning(filter, LocalDate.now(clock));
        return uppdrag.sok(s.monster, s.roll, s.startFran, s.startTill, s.slutFran, s.slutTill, Pageable.ofSize(1))
                .getTotalElements();
    }

    /** Every samverkansorganisation, for the rapportläsare picker. */
    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    @Transactional(readOnly = true)
    public List<UppdragsOmfattningar.OrganisationVal> organisationer() {
        return omfattningar.allaOrganisationer();
    }

    /** Active users who hold the role, for the picker (deltagaransvariga are authority staff by rule). */
    @Transactional(readOnly = true)
    public List<AnvandarVal> anvandareMedRoll(Roll roll) {
        return anvandare.aktivaMedRoll(roll).stream()
                .map(a -> new AnvandarVal(a.getAnvandarnamn(), a.getNamn()))
                .toList();
    }

    private void kravRattIOrganisation(Roll roll, long organisationId) {
        boolean ok = behorighet.harRoll(Roll.SYSTEMADMINISTRATOR)
                || ((roll == Roll.INSATSANSVARIG || roll == Roll.RAPPORTLASARE)
                        && behorighet.farIOrganisation(Roll.SAMVERKANSADMINISTRATOR, organisationId));
        if (!ok) {
            throw nekad("Samverkansorganisation", organisationId);
        }
    }

    private long kravRattIInsats(Roll roll, long insatsId) {
        long organisationId = insatsOrganisation.organisationFor(insatsId).orElseThrow(() -> nekad("Insats", insatsId));
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
        Anvandare a = anvandare
                .findByAnvandarnamn(Anvandare.normalisera(anvandarnamn))
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
        Anvandare e = anvandare
                .findByAnvandarnamn(Anvandare.normalisera(ersattare))
                .filter(Anvandare::isAktiv)
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

    /** The holders and deputies of the uppdrag, by id. */
    private Map<Long, Anvandare> personer(List<Uppdrag> lista) {
        Set<Long> ids = lista.stream()
                .flatMap(u -> java.util.stream.Stream.of(u.getAnvandareId(), u.getErsattareId()))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        return anvandare.findAllById(ids).stream().collect(Collectors.toMap(Anvandare::getId, Function.identity()));
    }

    private List<UppdragRad> rader(List<Uppdrag> lista) {
        Map<Long, Anvandare> personer = personer(lista);
        return lista.stream()
                .map(u -> {
                    Anvandare a = personer.get(u.getAnvandareId());
                    Anvandare e = u.getErsattareId() == null ? null : personer.get(u.getErsattareId());
                    return new UppdragRad(
                            u.getId(),
                            a.getAnvandarnamn(),
                            a.getNamn(),
                            u.getRoll(),
                            u.getOmfattning(),
                            u.getOrganisationId(),
                            u.getInsatsId(),
                            u.getStartdatum(),
                            u.getSlutdatum(),
                            e == null ? null : e.getNamn(),
                            u.isDelegerat());
                })
                .toList();
    }

    private HittadesInteException nekad(String typ, long id) {
        String vem = vem();
        audit.registreraFristaende(AuditHandelse.av(vem, AuditAtgard.ATKOMST_NEKAD)
                .om(typ, String.valueOf(id))
                .med("uppdrag"));
        return new HittadesInteException(typ, id);
    }

    /** The overview's filter as query parameters: a LIKE pattern and date bounds for the status (null: none). */
    private static final class Sokning {
        final String monster;
        final Roll roll;
        LocalDate startFran;
        LocalDate startTill;
        LocalDate slutFran;
        LocalDate slutTill;

        Sokning(UppdragFilter filter, LocalDate dag) {
            monster = filter.namn() == null || filter.namn().isBlank()
                    ? null
                    : "%"
                            + filter.namn()
                                    .strip()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_")
                            + "%";
            roll = filter.roll();
            if (filter.status() == null) {
                return;
            }
            switch (filter.status()) {
                case KOMMANDE -> startFran = dag.plusDays(1);
                case AKTIVT -> {
                    startTill = dag;
                    slutFran = dag.plusDays(BehorighetService.PAMINNELSE_DAGAR + 1L);
                }
                case SLUTAR_SNART -> {
                    startTill = dag;
                    slutFran = dag;
                    slutTill = dag.plusDays(BehorighetService.PAMINNELSE_DAGAR);
                }
                case AVSLUTAT -> slutTill = dag.minusDays(1);
            }
        }
    }

    private void logga(AuditAtgard atgard, Uppdrag u, String detaljer) {
        audit.registrera(AuditHandelse.av(vem(), atgard)
                .om("Uppdrag", String.valueOf(u.getId()))
                .med(detaljer));
    }

    private static String vem() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
