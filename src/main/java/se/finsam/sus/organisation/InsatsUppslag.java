package se.finsam.sus.organisation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.behorighet.InsatsOrganisation;

/**
 * Read-only look-up of insatser for other features (deltagare; behörighet through {@link InsatsOrganisation}, for
 * checking insats-level uppdrag). It makes no scope decision: callers must check the user's rights before they show
 * anything of what it returns.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class InsatsUppslag implements InsatsOrganisation {

    private final InsatsRepository insatser;
    private final SamverkansorganisationRepository organisationer;
    private final InsatsbudgetRepository budgetar;

    public Optional<InsatsFakta> insats(long id) {
        return insatser.findById(id)
                .map(i ->
                        fakta(i, organisationer.findById(i.getOrganisationId()).orElseThrow()));
    }

    /** The organisation that owns the insats (empty: no such insats). */
    @Override
    public Optional<Long> organisationFor(long insatsId) {
        return insatser.findById(insatsId).map(Insats::getOrganisationId);
    }

    /** The given insatser (unknown ids are left out), by name. */
    public List<InsatsFakta> insatser(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return fakta(insatser.findAllById(ids)).stream()
                .sorted(Comparator.comparing(InsatsFakta::namn).thenComparing(InsatsFakta::id))
                .toList();
    }

    /**
     * The förbund's own cost per planned participant in the insatser's budgets for the years
     * ({@link InsatsbudgetRad#forbundetsKostnadPerDeltagare()}), in one query (plus one batch per 50 budgets for their
     * other financiers): insats id → year → cost. An insats and year without a budget, or without planned
     * participants, is left out.
     */
    public Map<Long, Map<Integer, BigDecimal>> forbundetsKostnadPerDeltagare(
            Collection<Long> insatsIds, Collection<Integer> ar) {
        if (insatsIds.isEmpty() || ar.isEmpty()) {
            return Map.of();
        }
        return budgetar.findByInsatsIdInAndArIn(insatsIds, ar).stream()
                .map(Insatsbudget::rad)
                .filter(b -> b.forbundetsKostnadPerDeltagare() != null)
                .collect(Collectors.groupingBy(
                        InsatsbudgetRad::insatsId,
                        Collectors.toMap(InsatsbudgetRad::ar, InsatsbudgetRad::forbundetsKostnadPerDeltagare)));
    }

    /** Every insats, by id (start-up demo data and benchmarks only). */
    public List<InsatsFakta> allaInsatser() {
        return fakta(insatser.findAll(org.springframework.data.domain.Sort.by("id")));
    }

    private List<InsatsFakta> fakta(List<Insats> lista) {
        Set<Long> orgIds = lista.stream().map(Insats::getOrganisationId).collect(Collectors.toSet());
        Map<Long, Samverkansorganisation> orgs = organisationer.findAllById(orgIds).stream()
                .collect(Collectors.toMap(Samverkansorganisation::getId, Function.identity()));
        return lista.stream()
                .map(i -> fakta(i, orgs.get(i.getOrganisationId())))
                .toList();
    }

    private static InsatsFakta fakta(Insats i, Samverkansorganisation org) {
        return new InsatsFakta(
                i.getId(),
                i.getNamn(),
                i.getOrganisationId(),
                org.getNamn(),
                i.getStartdatum(),
                i.getSlutdatum(),
                i.getInriktning(),
                i.getUppfoljningsmetod(),
                Set.copyOf(org.getKommunKoder()),
                org.getFinansieringsform());
    }
}
