package se.finsam.sus.behorighet;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
 * The behörighetsadministratör's users (issue 12 #18, "det är respektive myndighet som ger sin anställd
 * behörighet"): the staff of their own employer ({@link Arbetsplats}: FK, AF, one kommun or one region) who hold
 * no role beyond those the administrator gives ({@link Rollregler#BEHORIGHETSADMINISTRATOR_GER}). Lists, creates,
 * deactivates, reactivates, unlocks and changes roles, each audited in the same transaction. The scope is the WHERE
 * clause of the queries: any other user id is "hittades inte", audited as {@code ATKOMST_NEKAD}; a new user for
 * another employer, or a role outside what the employer may hold, is refused with its message and audited too.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roller.BEHORIGHETSADMINISTRATOR + "')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PersonalAdministration {

    private final AnvandareRepository anvandare;
    private final Kontoskapare konton;
    private final AuditService audit;

    /** The administrator's own employer, the scope of everything here. */
    @Transactional(readOnly = true)
    public Arbetsplats arbetsplats() {
        return Arbetsplats.forAnvandare(administrator())
                .orElseThrow(() -> new ValideringsException("personal.fel.ingen-arbetsplats"));
    }

    /** The roles the administrator may give, in the roles' order. */
    @Transactional(readOnly = true)
    public List<Roll> rollerAttGe() {
        return Rollregler.behorighetsadministratorGer(arbetsplats().arbetsgivare()).stream()
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    /** One page of the employer's staff, by user name unless the page is sorted. */
    @Transactional(readOnly = true)
    public Stream<AnvandarRad> lista(Pageable page) {
        Arbetsplats egen = arbetsplats();
        Pageable sorterad = page.getSort().isSorted()
                ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("anvandarnamn"));
        return anvandare.iArbetsplats(egen.arbetsgivare(), egen.nyckel(), ger(egen), sorterad).stream()
                .map(Anvandare::rad);
    }

    @Transactional(readOnly = true)
    public long antal() {
        Arbetsplats egen = arbetsplats();
        return anvandare
                .iArbetsplats(egen.arbetsgivare(), egen.nyckel(), ger(egen), PageRequest.of(0, 1))
                .getTotalElements();
    }

    /**
     * Creates a user at the administrator's employer (its kind and name are taken from the administrator's; a
     * different employer given is refused and audited), with roles the employer may hold, under every rule of
     * {@link AnvandarAdministration#skapa}: the user must change the given password at first login.
     */
    public long skapa(NyAnvandare ny) {
        Anvandare admin = administrator();
        Arbetsplats egen = Arbetsplats.forAnvandare(admin)
                .orElseThrow(() -> new ValideringsException("personal.fel.ingen-arbetsplats"));
        if (ny.arbetsgivare() != null
                && !Arbetsplats.av(ny.arbetsgivare(), ny.arbetsgivareNamn())
                        .filter(egen::samma)
                        .isPresent()) {
            throw nekadRegel(null, "skapa arbetsgivare=" + ny.arbetsgivare(), "personal.fel.annan-arbetsgivare");
        }
        Set<Roll> roller = ny.roller() == null ? Set.of() : ny.roller();
        kontrolleraRoller(null, roller, egen);
        return konton.skapaMedRegler(
                new NyAnvandare(
                        ny.anvandarnamn(),
                        ny.namn(),
                        admin.getArbetsgivare(),
                        admin.getArbetsgivareNamn(),
                        roller,
                        ny.losenord()),
                true);
    }

    /** New roles for one of the employer's staff, only roles the employer may hold. */
    public void andraRoller(long id, long version, Set<Roll> roller) {
        Arbetsplats egen = arbetsplats();
        Anvandare a = hamta(id, version, egen, "andra roller");
        Set<Roll> nya = roller == null ? Set.of() : roller;
        kontrolleraRoller(id, nya, egen);
        a.andraRoller(nya);
        logga(AuditAtgard.ANVANDARE_ANDRAD, a, "roller=" + nya);
    }

    /** Deactivates or reactivates one of the employer's staff. */
    public void setAktiv(long id, long version, boolean aktiv) {
        Anvandare a = hamta(id, version, arbetsplats(), aktiv ? "aktivera" : "inaktivera");
        a.setAktiv(aktiv);
        logga(aktiv ? AuditAtgard.ANVANDARE_AKTIVERAD : AuditAtgard.ANVANDARE_INAKTIVERAD, a, null);
    }

    /** Unlocks one of the employer's staff after repeated failed logins. */
    public void lasUpp(long id, long version) {
        Anvandare a = hamta(id, version, arbetsplats(), "las upp");
        anvandare.nollstallForsok(a.getAnvandarnamn());
        logga(AuditAtgard.KONTO_UPPLAST, a, null);
    }

    /** The logged-in administrator as stored now (so that a changed employer takes effect at once). */
    private Anvandare administrator() {
        return SusPrincipal.aktuell()
                .flatMap(p -> anvandare.findById(p.anvandarId()))
                .orElseThrow(() -> new ValideringsException("personal.fel.ingen-arbetsplats"));
    }

    private Anvandare hamta(long id, long version, Arbetsplats egen, String vad) {
        Anvandare a = anvandare
                .iArbetsplats(id, egen.arbetsgivare(), egen.nyckel(), ger(egen))
                .orElseThrow(() -> nekad(id, vad));
        a.kontrolleraVersion(version);
        return a;
    }

    private void kontrolleraRoller(Long id, Set<Roll> roller, Arbetsplats egen) {
        if (!ger(egen).containsAll(roller)) {
            throw nekadRegel(id, "roller=" + roller, "personal.fel.roll");
        }
    }

    private static Collection<Roll> ger(Arbetsplats egen) {
        return Rollregler.behorighetsadministratorGer(egen.arbetsgivare());
    }

    /** A user outside the scope: audited, and "not found" as for an id that does not exist. */
    private HittadesInteException nekad(long id, String vad) {
        return audit.nekad("Anvandare", id, "personaladministration " + vad);
    }

    /** A rule of the role broken on purpose (the views never offer it): audited, and refused with its message. */
    private ValideringsException nekadRegel(Long id, String vad, String nyckel) {
        audit.registreraFristaende(AuditHandelse.av(AuditAtgard.ATKOMST_NEKAD)
                .om("Anvandare", id == null ? null : String.valueOf(id))
                .med("personaladministration " + vad));
        return new ValideringsException(nyckel);
    }

    private void logga(AuditAtgard atgard, Anvandare a, String detaljer) {
        audit.registrera(AuditHandelse.av(atgard)
                .om("Anvandare", String.valueOf(a.getId()))
                .med(detaljer));
    }
}
