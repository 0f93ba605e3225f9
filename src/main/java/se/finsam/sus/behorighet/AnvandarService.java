package se.finsam.sus.behorighet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.audit.AuditHandelse;
import se.finsam.sus.audit.AuditService;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.Roller;

/** Users and their uppdrag, for the system administrator. */
@Service
@Transactional(readOnly = true)
public class AnvandarService {

    private final AnvandareRepository anvandare;
    private final UppdragRepository uppdrag;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final Clock clock;

    AnvandarService(
            AnvandareRepository anvandare,
            UppdragRepository uppdrag,
            PasswordEncoder encoder,
            AuditService audit,
            Clock clock) {
        this.anvandare = anvandare;
        this.uppdrag = uppdrag;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    public Stream<AnvandarRad> lista(Pageable page) {
        Pageable sorted = page.getSort().isSorted()
                ? page
                : org.springframework.data.domain.PageRequest.of(
                        page.getPageNumber(), page.getPageSize(), Sort.by("anvandarnamn"));
        return anvandare.findAll(sorted).stream().map(AnvandarService::rad);
    }

    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    public long antal() {
        return anvandare.count();
    }

    /**
     * Creates a user at start-up (the first system administrator, demo users) and in tests. Not reachable from
     * the UI; called only by start-up code, before anyone is logged in. Checks only the length: the demo
     * password is public anyway, and the first administrator's is checked in full by {@link ForstaAdministrator}.
     */
    @Transactional
    long skapaVidStart(String anvandarnamn, String namn, String losenord, Set<Roll> roller) {
        return skapaVidStart(anvandarnamn, namn, losenord, roller, Arbetsgivare.FORSAKRINGSKASSAN, null);
    }

    @Transactional
    long skapaVidStart(
            String anvandarnamn,
            String namn,
            String losenord,
            Set<Roll> roller,
            Arbetsgivare arbetsgivare,
            String arbetsgivareNamn) {
        if (losenord == null || losenord.length() < Losenordsregler.MIN_LANGD) {
            throw new IllegalArgumentException("Lösenordet måste ha minst " + Losenordsregler.MIN_LANGD + " tecken");
        }
        Anvandare ny = anvandare.save(new Anvandare(
                anvandarnamn, namn, encoder.encode(losenord), roller, clock.instant(), arbetsgivare, arbetsgivareNamn));
        audit.registrera(AuditHandelse.av("system", AuditAtgard.ANVANDARE_SKAPAD)
                .om("Anvandare", String.valueOf(ny.getId()))
                .med("roller=" + roller));
        return ny.getId();
    }

    /**
     * Gives a user an uppdrag in one of their roles on one samverkansorganisation, e.g. a samverkansadministratör
     * for a new förbund. Returns the uppdrag's id. Audited.
     */
    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    @Transactional
    public long geUppdragPaOrganisation(
            String anvandarnamn, Roll roll, long organisationId, LocalDate start, LocalDate slut) {
        Anvandare a = medRoll(anvandarnamn, roll);
        return geUppdrag(
                Uppdrag.forOrganisation(a.getId(), roll, organisationId, start, slut),
                "anvandare=" + a.getId() + " roll=" + roll + " organisation=" + organisationId);
    }

    /**
     * Gives a user an uppdrag in one of their roles on one insats, e.g. the demo deltagaransvarig at start-up
     * (the insats is not checked here: callers pass an existing one). Returns the uppdrag's id. Audited.
     */
    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    @Transactional
    public long geUppdragPaInsats(String anvandarnamn, Roll roll, long insatsId, LocalDate start, LocalDate slut) {
        Anvandare a = medRoll(anvandarnamn, roll);
        return geUppdrag(
                Uppdrag.forInsats(a.getId(), roll, insatsId, start, slut),
                "anvandare=" + a.getId() + " roll=" + roll + " insats=" + insatsId);
    }

    private Anvandare medRoll(String anvandarnamn, Roll roll) {
        Anvandare a = anvandare
                .findByAnvandarnamn(Anvandare.normalisera(anvandarnamn))
                .orElseThrow(() -> new IllegalArgumentException("Okänd användare"));
        if (!a.getRoller().contains(roll)) {
            throw new IllegalArgumentException("Användaren har inte rollen " + roll);
        }
        return a;
    }

    private long geUppdrag(Uppdrag u, String detaljer) {
        Uppdrag nytt = uppdrag.save(u);
        String vem = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication()
                .getName();
        audit.registrera(AuditHandelse.av(vem, AuditAtgard.UPPDRAG_GIVET)
                .om("Uppdrag", String.valueOf(nytt.getId()))
                .med(detaljer));
        return nytt.getId();
    }

    @Transactional
    void geUppdragVidStart(Uppdrag nytt) {
        uppdrag.save(nytt);
    }

    boolean finns(String anvandarnamn) {
        return anvandare.existsByAnvandarnamn(Anvandare.normalisera(anvandarnamn));
    }

    boolean finnsSystemadministrator() {
        return anvandare.existsAktivMedRoll(Roll.SYSTEMADMINISTRATOR);
    }

    LocalDate idag() {
        return LocalDate.now(clock);
    }

    private static AnvandarRad rad(Anvandare a) {
        return new AnvandarRad(
                a.getId(),
                a.getVersion(),
                a.getAnvandarnamn(),
                a.getNamn(),
                a.getArbetsgivare(),
                a.getArbetsgivareNamn(),
                a.getRoller(),
                a.isAktiv(),
                a.getLastTill(),
                a.getElegitimationHash() != null);
    }
}
