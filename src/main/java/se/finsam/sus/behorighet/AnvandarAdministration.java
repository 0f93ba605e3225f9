package se.finsam.sus.behorighet;

import java.time.Clock;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
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
 * The system administrator's user administration: create, change roles, deactivate, unlock. Every change is
 * audited in the same transaction; rule violations come back as {@link ValideringsException} with an i18n key.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
public class AnvandarAdministration {

    private static final Pattern ANVANDARNAMN = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

    private final AnvandareRepository anvandare;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final Clock clock;
    private final ELegitimationHash elegitimationHash;

    AnvandarAdministration(
            AnvandareRepository anvandare,
            PasswordEncoder encoder,
            AuditService audit,
            Clock clock,
            ELegitimationHash elegitimationHash) {
        this.anvandare = anvandare;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.elegitimationHash = elegitimationHash;
    }

    public long skapa(NyAnvandare ny) {
        String namn = Anvandare.normalisera(ny.anvandarnamn());
        if (!ANVANDARNAMN.matcher(namn).matches()) {
            throw new ValideringsException("anvandare.fel.anvandarnamn");
        }
        if (anvandare.existsByAnvandarnamn(namn)) {
            throw new ValideringsException("anvandare.fel.upptaget");
        }
        if (ny.namn() == null || ny.namn().isBlank()) {
            throw new ValideringsException("anvandare.fel.namn");
        }
        if (ny.arbetsgivare() == null) {
            throw new ValideringsException("anvandare.fel.arbetsgivare");
        }
        Set<Roll> roller = ny.roller() == null ? Set.of() : ny.roller();
        Rollregler.kontrollera(roller, ny.arbetsgivare());
        Losenordsregler.kontrollera(ny.losenord(), namn);
        Anvandare skapad = anvandare.save(new Anvandare(
                namn,
                ny.namn().trim(),
                encoder.encode(ny.losenord()),
                roller,
                clock.instant(),
                ny.arbetsgivare(),
                blankSomNull(ny.arbetsgivareNamn())));
        logga(AuditAtgard.ANVANDARE_SKAPAD, skapad, "roller=" + roller + " arbetsgivare=" + ny.arbetsgivare());
        return skapad.getId();
    }

    public void andraRoller(long id, long version, Set<Roll> roller) {
        Anvandare a = hamta(id, version);
        a.andraRoller(roller);
        logga(AuditAtgard.ANVANDARE_ANDRAD, a, "roller=" + roller);
    }

    /** Sets the user's employer; refused with the rule's message when the user's roles do not allow it. */
    public void andraArbetsgivare(long id, long version, Arbetsgivare arbetsgivare, String arbetsgivareNamn) {
        if (arbetsgivare == null) {
            throw new ValideringsException("anvandare.fel.arbetsgivare");
        }
        Anvandare a = hamta(id, version);
        a.andraArbetsgivare(arbetsgivare, blankSomNull(arbetsgivareNamn));
        logga(AuditAtgard.ANVANDARE_ANDRAD, a, "arbetsgivare=" + arbetsgivare);
    }

    public void setAktiv(long id, long version, boolean aktiv) {
        Anvandare a = hamta(id, version);
        if (!aktiv
                && a.getAnvandarnamn()
                        .equals(SecurityContextHolder.getContext()
                                .getAuthentication()
                                .getName())) {
            throw new ValideringsException("anvandare.fel.inaktivera-sig-sjalv");
        }
        a.setAktiv(aktiv);
        logga(aktiv ? AuditAtgard.ANVANDARE_AKTIVERAD : AuditAtgard.ANVANDARE_INAKTIVERAD, a, null);
    }

    public void lasUpp(long id, long version) {
        Anvandare a = hamta(id, version);
        a.registreraLyckad();
        logga(AuditAtgard.KONTO_UPPLAST, a, null);
    }

    /**
     * Links the user to the e-legitimation of the given personnummer: only a keyed hash of the number is stored,
     * and neither the number nor the hash is audited. One personnummer links to at most one user.
     */
    public void kopplaElegitimation(long id, long version, String personnummer) {
        Anvandare a = hamta(id, version);
        String hash = elegitimationHash.hash(Personnummerkontroll.normalisera(personnummer));
        anvandare
                .findByElegitimationHash(hash)
                .filter(annan -> !annan.getId().equals(a.getId()))
                .ifPresent(annan -> {
                    throw new ValideringsException("anvandare.fel.e-legitimation-upptagen");
                });
        a.setElegitimationHash(hash);
        logga(AuditAtgard.ANVANDARE_ANDRAD, a, "e-legitimation kopplad");
    }

    public void taBortElegitimation(long id, long version) {
        Anvandare a = hamta(id, version);
        a.setElegitimationHash(null);
        logga(AuditAtgard.ANVANDARE_ANDRAD, a, "e-legitimation borttagen");
    }

    private Anvandare hamta(long id, long version) {
        Anvandare a = anvandare.findById(id).orElseThrow(() -> new HittadesInteException("Anvandare", id));
        a.kontrolleraVersion(version);
        return a;
    }

    private void logga(AuditAtgard atgard, Anvandare a, String detaljer) {
        audit.registrera(AuditHandelse.av(
                        SecurityContextHolder.getContext().getAuthentication().getName(), atgard)
                .om("Anvandare", String.valueOf(a.getId()))
                .med(detaljer));
    }

    private static String blankSomNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
