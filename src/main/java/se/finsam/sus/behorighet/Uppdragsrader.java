package se.finsam.sus.behorighet;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.finsam.sus.geografi.GeografiService;
import se.finsam.sus.geografi.LanInfo;

/**
 * Reads uppdrag as rows: holder, deputy and the name of the scope, each looked up once per list. Who may read
 * them is the caller's to check.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Uppdragsrader {

    private final UppdragRepository uppdrag;
    private final AnvandareRepository anvandare;
    private final UppdragsOmfattningar omfattningar;
    private final GeografiService geografi;

    List<UppdragRad> forOrganisation(long organisationId) {
        return rader(uppdrag.findByOrganisationIdOrderBySlutdatumDesc(organisationId));
    }

    List<UppdragRad> forInsats(long insatsId) {
        return rader(uppdrag.findByInsatsIdOrderBySlutdatumDesc(insatsId));
    }

    /** Every samverkansorganisation, for the rapportläsare picker. */
    List<UppdragsOmfattningar.OrganisationVal> organisationer() {
        return omfattningar.allaOrganisationer();
    }

    List<UppdragRad> rader(List<Uppdrag> lista) {
        List<UppdragInfo> alla = lista.stream().map(Uppdrag::info).toList();
        Map<Long, Anvandare> personer = personer(lista);
        Map<Long, String> organisationer = omfattningar.organisationsnamn(ids(alla, UppdragInfo::organisationId));
        Map<Long, String> insatser = omfattningar.insatsnamn(ids(alla, UppdragInfo::insatsId));
        Map<String, String> lan = alla.stream().anyMatch(u -> u.lanKod() != null)
                ? geografi.allaLan().stream().collect(Collectors.toMap(LanInfo::kod, LanInfo::namn))
                : Map.of();
        return lista.stream()
                .map(u -> u.rad(
                        personer,
                        switch (u.info().omfattning()) {
                            case ORGANISATION -> organisationer.get(u.info().organisationId());
                            case INSATS -> insatser.get(u.info().insatsId());
                            case LAN -> lan.get(u.info().lanKod());
                            case RIKET -> null;
                        }))
                .toList();
    }

    /** The holders and deputies of the uppdrag, by id. */
    private Map<Long, Anvandare> personer(List<Uppdrag> lista) {
        Set<Long> ids = lista.stream()
                .flatMap(Uppdrag::personer)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return anvandare.findAllById(ids).stream().collect(Collectors.toMap(Anvandare::getId, Function.identity()));
    }

    private static Set<Long> ids(List<UppdragInfo> uppdrag, Function<UppdragInfo, Long> id) {
        return uppdrag.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
