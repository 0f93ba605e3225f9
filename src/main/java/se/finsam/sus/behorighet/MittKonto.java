package se.finsam.sus.behorighet;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.audit.Aktor;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.audit.AuditHandelse;
import se.finsam.sus.audit.AuditService;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ValideringsException;

/** What every logged-in user may do with their own account. */
@Service
@Transactional
@PreAuthorize(Roller.INLOGGAD_REGEL)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MittKonto {

    private final AnvandareRepository anvandare;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final NuvarandeLosenord nuvarandeLosenord;

    /**
     * Changes the logged-in user's password after checking the current one (a wrong one counts as a failed
     * login, see {@link NuvarandeLosenord}) and the password rules.
     */
    @Transactional(noRollbackFor = {ValideringsException.class, KontoLastException.class})
    public void bytLosenord(String nuvarande, String nytt) {
        String namn = Aktor.namn();
        Anvandare a = anvandare.findByAnvandarnamn(namn).orElseThrow();
        nuvarandeLosenord.kontrollera(a, nuvarande);
        Losenordsregler.kontrollera(nytt, namn);
        if (encoder.matches(nytt, a.getLosenordHash())) {
            throw new ValideringsException("losenord.fel.samma");
        }
        a.setLosenordHash(encoder.encode(nytt));
        a.setBytLosenord(false);
        audit.registrera(AuditHandelse.av(AuditAtgard.LOSENORD_BYTT).om("Anvandare", String.valueOf(a.getId())));
    }

    /**
     * Whether the logged-in user's password was set by a system administrator and must be changed before anything
     * else (issue 12 #16).
     */
    @Transactional(readOnly = true)
    public boolean masteBytaLosenord() {
        return anvandare
                .findByAnvandarnamn(Aktor.namn())
                .map(Anvandare::isBytLosenord)
                .orElse(false);
    }
}
