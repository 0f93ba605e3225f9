package se.finsam.sus.behorighet;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.audit.Aktor;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.audit.AuditHandelse;
import se.finsam.sus.audit.AuditService;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ValideringsException;

/**
 * The system administrator's users: list, create (also demo users, run as the system through
 * {@code base.SomSystem}), change roles and employer, deactivate, unlock, link an e-legitimation. Every change is
 * audited in the same transaction; rule violations come back as {@link ValideringsException} with an i18n key.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AnvandarAdministration {

    private static final Pattern ANVANDARNAMN = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

    private final AnvandareRepository anvandare;
    private final Kontoskapare konton;
    private final AuditService audit;
    private final ELegitimationHash elegitimationHash;

    /** One page of users, by user name unless the page is sorted. */
    @Transactional(readOnly = true)
    public Stream<AnvandarRad> lista(Pageable page) {
        Pageable sorterad = page.getSort().isSorted()
                ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("anvandarnamn"));
        return anvandare.findAll(sorterad).stream().map(Anvandare::rad);
    }

    @Transactional(readOnly = true)
    public long antal() {
        return anvandare.count();
    }

    /**
     * Creates a user after checking every rule; the first one broken is the answer. The administrator knows the
     * password, so the user must change it at first login.
     */
    public long skapa(NyAnvandare ny) {
        return skapa(ny, true);
    }

    /**
     * A demo user: every rule but the password rules, since the demo password (public, in the README) is on the
     * list of common passwords on purpose, so that no real account can have it. Not forced to change it: the
     * README's demo logins must keep working.
     */
    long skapaDemoanvandare(NyAnvandare ny) {
        return skapa(ny, false);
    }

    /** Whether a user has the user name (demo data, to run once). */
    @Transactional(readOnly = true)
    boolean finns(String anvandarnamn) {
        return anvandare.existsByAnvandarnamn(Anvandare.normalisera(anvandarnamn));
    }

    /** {@code losenordsregler}: a real user (not demo), so the password rules apply and the user must change it. */
    private long skapa(NyAnvandare ny, boolean losenordsregler) {
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
        if (losenordsregler) {
            Losenordsregler.kontrollera(ny.losenord(), namn);
        }
        return konton.skapa(
                new NyAnvandare(
                        namn,
                        ny.namn().trim(),
                        ny.arbetsgivare(),
                        blankSomNull(ny.arbetsgivareNamn()),
                        roller,
                        ny.losenord()),
                null,
                "roller=" + roller + " arbetsgivare=" + ny.arbetsgivare(),
                losenordsregler);
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
        if (!aktiv && a.getAnvandarnamn().equals(Aktor.namn())) {
            throw new ValideringsException("anvandare.fel.inaktivera-sig-sjalv");
        }
        if (aktiv && a.isAnonymiserad()) {
            // The gallring removed this person's data: the row only keeps uppdrag and audit rows readable.
            throw new ValideringsException("anvandare.fel.gallrad");
        }
        a.setAktiv(aktiv);
        logga(aktiv ? AuditAtgard.ANVANDARE_AKTIVERAD : AuditAtgard.ANVANDARE_INAKTIVERAD, a, null);
    }

    public void lasUpp(long id, long version) {
        Anvandare a = hamta(id, version);
        anvandare.nollstallForsok(a.getAnvandarnamn());
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
        audit.registrera(AuditHandelse.av(atgard)
                .om("Anvandare", String.valueOf(a.getId()))
                .med(detaljer));
    }

    private static String blankSomNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
