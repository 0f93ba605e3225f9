package se.finsam.sus.behorighet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.geografi.GeografiService;

/**
 * The rules for what an uppdrag may say, each broken one a {@link ValideringsException} with its i18n key: the
 * holder and the deputy are active users with the role (and not the same person), the dates are in order and at
 * most {@link #MAX_AR} years ahead, a län exists; and nobody opens personal data to themselves: the giver is
 * neither holder nor deputy of a deltagaransvarig uppdrag.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Uppdragsregler {

    /** How far ahead an uppdrag may run before it must be renewed. */
    static final int MAX_AR = 2;

    private final AnvandareRepository anvandare;
    private final GeografiService geografi;
    private final Clock clock;

    LocalDate idag() {
        return LocalDate.now(clock);
    }

    /** Active users who hold the role, for the pickers. */
    List<AnvandarVal> medRoll(Roll roll) {
        return anvandare.aktivaMedRoll(roll).stream()
                .map(a -> new AnvandarVal(a.getAnvandarnamn(), a.getNamn()))
                .toList();
    }

    /** The active user who holds the role. */
    Anvandare mottagare(String anvandarnamn, Roll roll) {
        Anvandare a = aktiv(anvandarnamn).orElseThrow(() -> new ValideringsException("uppdrag.fel.okand-anvandare"));
        if (!a.getRoller().contains(roll)) {
            throw new ValideringsException("uppdrag.fel.saknar-roll");
        }
        return a;
    }

    /** The deputy's id (null for none): an active user with the same role, not the holder. */
    Long ersattareId(String ersattare, Roll roll, long innehavareId) {
        if (ersattare == null || ersattare.isBlank()) {
            return null;
        }
        return aktiv(ersattare)
                .filter(e -> e.getRoller().contains(roll) && !e.getId().equals(innehavareId))
                .orElseThrow(() -> new ValideringsException("uppdrag.fel.ersattare"))
                .getId();
    }

    /**
     * Refuses the giver as holder or deputy of an uppdrag that opens personal data (deltagaransvarig): an
     * insatsansvarig who is also deltagaransvarig must not give themselves access. Start-up work run as the system
     * has no logged-in giver.
     */
    void kontrolleraInteSjalv(Roll roll, Long person) {
        if (roll != Roll.DELTAGARANSVARIG || person == null) {
            return;
        }
        // Work run as the system (demo data) has no giver; BehorighetService.inloggad() needs a login, so not that.
        if (SusPrincipal.aktuell()
                .filter(givare -> person == givare.anvandarId())
                .isPresent()) {
            throw new ValideringsException("uppdrag.fel.egen-atkomst");
        }
    }

    void kontrolleraDatum(LocalDate start, LocalDate slut) {
        if (start == null || slut == null || slut.isBefore(start)) {
            throw new ValideringsException("uppdrag.fel.datum");
        }
        if (slut.isAfter(idag().plusYears(MAX_AR))) {
            throw new ValideringsException("uppdrag.fel.for-langt", MAX_AR);
        }
    }

    void kontrolleraLan(String lanKod) {
        if (lanKod == null || geografi.lan(lanKod).isEmpty()) {
            throw new ValideringsException("uppdrag.fel.lan");
        }
    }

    private Optional<Anvandare> aktiv(String anvandarnamn) {
        return anvandare.findByAnvandarnamn(Anvandare.normalisera(anvandarnamn)).filter(Anvandare::isAktiv);
    }
}
