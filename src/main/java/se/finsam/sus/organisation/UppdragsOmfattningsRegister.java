package se.finsam.sus.organisation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.behorighet.UppdragsOmfattningar;

/** Tells behörighet the names of the organisations and insatser that uppdrag point at. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UppdragsOmfattningsRegister implements UppdragsOmfattningar {

    private final SamverkansorganisationRepository organisationer;
    private final InsatsRepository insatser;

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> organisationsnamn(Collection<Long> organisationIds) {
        return organisationer.findAllById(organisationIds).stream()
                .collect(Collectors.toMap(Samverkansorganisation::getId, Samverkansorganisation::getNamn));
    }

    /**
     * The insats's name followed by its förbund's: names are unique only within a förbund, and an overview of
     * several förbund listed two "Unga in" that could not be told apart.
     */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> insatsnamn(Collection<Long> insatsIds) {
        List<Insats> lista = insatser.findAllById(insatsIds);
        Map<Long, String> forbund =
                organisationsnamn(lista.stream().map(Insats::getOrganisationId).collect(Collectors.toSet()));
        return lista.stream()
                .collect(Collectors.toMap(
                        Insats::getId, i -> i.getNamn() + " (" + forbund.get(i.getOrganisationId()) + ")"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationVal> allaOrganisationer() {
        return organisationer.findAll().stream()
                .map(o -> new OrganisationVal(o.getId(), o.getNamn()))
                .sorted(Comparator.comparing(OrganisationVal::namn))
                .toList();
    }
}
