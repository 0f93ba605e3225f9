package se.finsam.sus.behorighet;

import java.time.Clock;
import java.util.Set;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.audit.Aktor;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.audit.AuditHandelse;
import se.finsam.sus.audit.AuditService;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.ValideringsException;

/**
 * The one place a user is created: the password hashed, the creation time stamped, the row saved and audited
 * ({@code ANVANDARE_SKAPAD}). {@link #skapaMedRegler} checks every rule (for {@link AnvandarAdministration} and
 * {@link PersonalAdministration}: the UI,
 * demo users); {@link #skapaVidStart} is for the first system administrator, before anyone can log in
 * ({@link ForstaAdministrator} checks the password itself), and for tests. Only a password a system administrator
 * gives another user must be changed at first login (issue 12 #16); the first administrator's comes from the
 * operator's own configuration and the demo users' is public in the README.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Kontoskapare {

    private final AnvandareRepository anvandare;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final Clock clock;

    private static final Pattern ANVANDARNAMN = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

    /**
     * Creates a user after checking every rule (user name, name, employer, roles, and with {@code losenordsregler}
     * the password rules, and then the user must change the password at first login); the refusal names every broken rule at once ({@link ValideringsException#samla}). Whether the caller may
     * create this user at all is the caller's to check.
     */
    @Transactional
    long skapaMedRegler(NyAnvandare ny, boolean losenordsregler) {
        String namn = Anvandare.normalisera(ny.anvandarnamn());
        Set<Roll> roller = ny.roller() == null ? Set.of() : ny.roller();
        // Every rule at once: the form shows each broken one at its field (issue 13, "one error at a time").
        ValideringsException.samla(
                () -> {
                    if (!ANVANDARNAMN.matcher(namn).matches()) {
                        throw new ValideringsException("anvandare.fel.anvandarnamn");
                    }
                    if (anvandare.existsByAnvandarnamn(namn)) {
                        throw new ValideringsException("anvandare.fel.upptaget");
                    }
                },
                () -> {
                    if (ny.namn() == null || ny.namn().isBlank()) {
                        throw new ValideringsException("anvandare.fel.namn");
                    }
                },
                () -> {
                    if (ny.arbetsgivare() == null) {
                        throw new ValideringsException("anvandare.fel.arbetsgivare");
                    }
                },
                () -> Rollregler.kontrollera(roller, ny.arbetsgivare()),
                () -> {
                    if (losenordsregler) {
                        Losenordsregler.kontrollera(ny.losenord(), namn);
                    }
                });
        String arbetsgivareNamn =
                ny.arbetsgivareNamn() == null || ny.arbetsgivareNamn().isBlank()
                        ? null
                        : ny.arbetsgivareNamn().trim();
        return skapa(
                new NyAnvandare(namn, ny.namn().trim(), ny.arbetsgivare(), arbetsgivareNamn, roller, ny.losenord()),
                null,
                "roller=" + roller + " arbetsgivare=" + ny.arbetsgivare(),
                losenordsregler);
    }

    /**
     * Creates the user as given (already checked) and audits it by {@code aktor} (null: the current actor).
     * {@code bytLosenord}: the password was chosen by someone else, so the user must change it at first login.
     */
    @Transactional
    long skapa(NyAnvandare ny, String aktor, String detaljer, boolean bytLosenord) {
        Anvandare nyAnvandare = new Anvandare(
                ny.anvandarnamn(),
                ny.namn(),
                encoder.encode(ny.losenord()),
                ny.roller(),
                clock.instant(),
                ny.arbetsgivare(),
                ny.arbetsgivareNamn());
        nyAnvandare.setBytLosenord(bytLosenord);
        Anvandare skapad = anvandare.save(nyAnvandare);
        audit.registrera(AuditHandelse.av(aktor, AuditAtgard.ANVANDARE_SKAPAD)
                .om("Anvandare", String.valueOf(skapad.getId()))
                .med(detaljer));
        return skapad.getId();
    }

    /** At start-up, at the Försäkringskassan: see {@link #skapaVidStart(String, String, String, Set, Arbetsgivare, String)}. */
    long skapaVidStart(String anvandarnamn, String namn, String losenord, Set<Roll> roller) {
        return skapaVidStart(anvandarnamn, namn, losenord, roller, Arbetsgivare.FORSAKRINGSKASSAN, null);
    }

    /**
     * Creates a user before anyone can log in, audited as {@link Aktor#SYSTEM}. Checks only the password's length.
     */
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
        return skapa(
                new NyAnvandare(anvandarnamn, namn, arbetsgivare, arbetsgivareNamn, roller, losenord),
                Aktor.SYSTEM,
                "roller=" + roller,
                false);
    }

    boolean finnsSystemadministrator() {
        return anvandare.existsAktivMedRoll(Roll.SYSTEMADMINISTRATOR);
    }
}
