package se.finsam.sus.behorighet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.Roller;

/**
 * Answers "may the logged-in user act in this role on that record?" from the user's roles and active uppdrag.
 * Every feature calls it inside its service methods, and uses the id sets in its queries, so that data scope is
 * part of the query and not a filter in a view. An uppdrag is active from its start date to its end date
 * inclusive: it stops giving access the day after it ends, without anyone doing anything.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roller.INLOGGAD_REGEL)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BehorighetService {

    private final UppdragRepository uppdrag;
    private final Clock clock;

    /** The logged-in user, if any. */
    public Optional<SusPrincipal> inloggad() {
        return SusPrincipal.aktuell();
    }

    public boolean harRoll(Roll roll) {
        return inloggad().map(p -> p.roller().contains(roll)).orElse(false);
    }

    /** All the user's uppdrag, active and ended, newest end date first. */
    public List<UppdragInfo> minaUppdrag() {
        return inloggad()
                .map(p -> uppdrag.allaFor(p.anvandarId()).stream()
                        .map(Uppdrag::info)
                        .toList())
                .orElse(List.of());
    }

    /** Days before its end that an uppdrag is announced as ending soon. */
    public static final int PAMINNELSE_DAGAR = 30;

    /** The user's active uppdrag that end within {@link #PAMINNELSE_DAGAR} days, soonest first. */
    public List<UppdragInfo> uppdragSomSnartSlutar() {
        LocalDate idag = LocalDate.now(clock);
        LocalDate grans = idag.plusDays(PAMINNELSE_DAGAR);
        return minaUppdrag().stream()
                .filter(u -> u.arAktiv(idag) && !u.slutdatum().isAfter(grans))
                .sorted(java.util.Comparator.comparing(UppdragInfo::slutdatum))
                .toList();
    }

    /** May the user act as {@code roll} in the samverkansorganisation? */
    public boolean farIOrganisation(Roll roll, long organisationId) {
        return aktiva(roll).stream()
                .anyMatch(u -> u.omfattning() == Omfattning.ORGANISATION
                        && Objects.equals(u.organisationId(), organisationId));
    }

    /**
     * May the user act as {@code roll} in the insats? An uppdrag for the insats gives it; so does an uppdrag for
     * the organisation that owns it, except for deltagaransvariga, who must be connected to each insats.
     */
    public boolean farIInsats(Roll roll, long insatsId, long organisationId) {
        return aktiva(roll).stream()
                .anyMatch(u -> (u.omfattning() == Omfattning.INSATS && Objects.equals(u.insatsId(), insatsId))
                        || (roll != Roll.DELTAGARANSVARIG
                                && u.omfattning() == Omfattning.ORGANISATION
                                && Objects.equals(u.organisationId(), organisationId)));
    }

    /** Organisations where the user holds an active uppdrag in the role, for use in queries. */
    public Set<Long> organisationerDar(Roll roll) {
        return aktiva(roll).stream()
                .filter(u -> u.omfattning() == Omfattning.ORGANISATION)
                .map(UppdragInfo::organisationId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Insatser where the user holds an active insats-level uppdrag in the role, for use in queries. */
    public Set<Long> insatserDar(Roll roll) {
        return aktiva(roll).stream()
                .filter(u -> u.omfattning() == Omfattning.INSATS)
                .map(UppdragInfo::insatsId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * What the user may read in reports (docs/rapporter.md, "Scope"): a rapportläsare its uppdrag (förbund, län or
     * riket); a samverkansadministratör its förbund; an insatsansvarig its förbund or insatser; a
     * systemadministratör riket. A deltagaransvarig reads no reports as such.
     */
    public RapportOmfattning rapportOmfattning() {
        List<UppdragInfo> rapport = aktiva(Roll.RAPPORTLASARE);
        Set<Long> organisationer = new java.util.HashSet<>();
        rapport.stream()
                .filter(u -> u.omfattning() == Omfattning.ORGANISATION)
                .map(UppdragInfo::organisationId)
                .forEach(organisationer::add);
        organisationer.addAll(organisationerDar(Roll.SAMVERKANSADMINISTRATOR));
        organisationer.addAll(organisationerDar(Roll.INSATSANSVARIG));
        return new RapportOmfattning(
                harRoll(Roll.SYSTEMADMINISTRATOR) || rapport.stream().anyMatch(u -> u.omfattning() == Omfattning.RIKET),
                rapport.stream()
                        .filter(u -> u.omfattning() == Omfattning.LAN)
                        .map(UppdragInfo::lanKod)
                        .collect(Collectors.toSet()),
                organisationer,
                insatserDar(Roll.INSATSANSVARIG));
    }

    /** Active uppdrag in the role; none unless the user currently holds the role itself. */
    private List<UppdragInfo> aktiva(Roll roll) {
        Optional<SusPrincipal> user = inloggad().filter(p -> p.roller().contains(roll));
        if (user.isEmpty()) {
            return List.of();
        }
        LocalDate idag = LocalDate.now(clock);
        return uppdrag.aktivaFor(user.get().anvandarId(), idag).stream()
                .map(Uppdrag::info)
                .filter(u -> u.roll() == roll)
                .toList();
    }
}
