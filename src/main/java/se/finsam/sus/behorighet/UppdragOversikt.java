package se.finsam.sus.behorighet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.base.Roller;

/**
 * Reading uppdrag across organisations: the system administrator's overview (filtered, paged) and the logged-in
 * user's own active uppdrag for the start view. Giving and changing them is {@link UppdragAdministration}'s.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UppdragOversikt {

    private final UppdragRepository uppdrag;
    private final Uppdragsrader rader;
    private final BehorighetService behorighet;
    private final Clock clock;

    /** The overview of every uppdrag: one page, latest end first. */
    public List<UppdragRad> sok(UppdragFilter filter, Pageable page) {
        return rader.rader(sokning(filter, page).getContent());
    }

    /** How many uppdrag the overview's filter matches. */
    public long antal(UppdragFilter filter) {
        return sokning(filter, Pageable.ofSize(1)).getTotalElements();
    }

    /** Every samverkansorganisation, for the rapportläsare picker. */
    public List<UppdragsOmfattningar.OrganisationVal> organisationer() {
        return rader.organisationer();
    }

    /**
     * The logged-in user's own active uppdrag with their scope named, soonest end first (for the start view).
     * Reads only the user's own uppdrag, so open to every logged-in user.
     */
    @PreAuthorize(Roller.INLOGGAD_REGEL)
    public List<UppdragRad> minaAktivaUppdrag() {
        LocalDate idag = LocalDate.now(clock);
        return behorighet
                .inloggad()
                .map(p -> rader.rader(uppdrag.allaFor(p.anvandarId()).stream()
                        .filter(u -> u.info().arAktiv(idag))
                        .sorted(Comparator.comparing(u -> u.info().slutdatum()))
                        .toList()))
                .orElse(List.of());
    }

    /**
     * All the logged-in user's own uppdrag, active and ended, newest end first, with their scope named (for the
     * profile). Reads only the user's own uppdrag, so open to every logged-in user.
     */
    @PreAuthorize(Roller.INLOGGAD_REGEL)
    public List<UppdragRad> minaUppdrag() {
        return behorighet
                .inloggad()
                .map(p -> rader.rader(uppdrag.allaFor(p.anvandarId())))
                .orElse(List.of());
    }

    /** The filter as query parameters: a LIKE pattern, and date bounds for the status (null: no bound). */
    private Page<Uppdrag> sokning(UppdragFilter filter, Pageable page) {
        LocalDate dag = LocalDate.now(clock);
        String monster = filter.namn() == null || filter.namn().isBlank()
                ? null
                : "%"
                        + filter.namn()
                                .strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%";
        LocalDate startFran = null;
        LocalDate startTill = null;
        LocalDate slutFran = null;
        LocalDate slutTill = null;
        if (filter.status() != null) {
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
        return uppdrag.sok(monster, filter.roll(), startFran, startTill, slutFran, slutTill, page);
    }
}
