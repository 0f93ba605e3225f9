package se.finsam.sus.organisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.geografi.GeografiService;
import se.finsam.sus.geografi.KommunInfo;
import se.finsam.sus.geografi.StadsdelInfo;

/** The checks of an organisation's places against the geography: its area and its ingående kommuner. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OmradesKontroll {

    private final GeografiService geografi;

    /**
     * The area: known kommuner and stadsdelar, and no stadsdel together with its whole kommun (the kommun already
     * covers it, and the försörjningsmått would count it twice).
     */
    void omrade(OrganisationUppgifter uppgifter) {
        Set<String> kommuner = uppgifter.kommunKoder() == null ? Set.of() : uppgifter.kommunKoder();
        if (!kommuner.isEmpty()) {
            Set<String> finns =
                    geografi.allaKommuner().stream().map(KommunInfo::kod).collect(Collectors.toSet());
            if (!finns.containsAll(kommuner)) {
                throw new ValideringsException("organisation.fel.kommun");
            }
        }
        for (String kod : uppgifter.stadsdelKoder() == null ? Set.<String>of() : uppgifter.stadsdelKoder()) {
            StadsdelInfo stadsdel =
                    geografi.stadsdel(kod).orElseThrow(() -> new ValideringsException("organisation.fel.stadsdel"));
            if (kommuner.contains(stadsdel.kommunKod())) {
                throw new ValideringsException(
                        "organisation.fel.stadsdel-och-kommun",
                        stadsdel.namn(),
                        geografi.kommun(stadsdel.kommunKod())
                                .map(KommunInfo::namn)
                                .orElse(stadsdel.kommunKod()));
            }
        }
    }

    /**
     * The ingående organisationer cleaned: a kommun is given by its code and gets its name from the kommun list; a
     * region needs a name; no party may appear twice.
     */
    List<IngaendeOrganisation> ingaende(List<IngaendeOrganisation> lista) {
        if (lista == null) {
            return List.of();
        }
        Map<String, KommunInfo> kommuner = null;
        Set<String> sedda = new HashSet<>();
        List<IngaendeOrganisation> resultat = new ArrayList<>();
        for (IngaendeOrganisation o : lista) {
            if (o == null || o.typ() == null) {
                throw new ValideringsException("organisation.fel.ingaende-typ");
            }
            if (o.roll() == null) {
                throw new ValideringsException("organisation.fel.ingaende-roll");
            }
            IngaendeOrganisation ren;
            switch (o.typ()) {
                case KOMMUN -> {
                    if (o.kommunKod() == null || o.kommunKod().isBlank()) {
                        throw new ValideringsException("organisation.fel.ingaende-namn");
                    }
                    if (kommuner == null) {
                        kommuner = geografi.allaKommuner().stream()
                                .collect(Collectors.toMap(KommunInfo::kod, Function.identity()));
                    }
                    KommunInfo kommun = kommuner.get(o.kommunKod().strip());
                    if (kommun == null) {
                        throw new ValideringsException("organisation.fel.kommun");
                    }
                    ren = new IngaendeOrganisation(o.typ(), kommun.kod(), kommun.namn(), o.roll());
                }
                case REGION -> {
                    if (o.namn() == null || o.namn().isBlank()) {
                        throw new ValideringsException("organisation.fel.ingaende-namn");
                    }
                    if (o.namn().strip().length() > 200) {
                        throw new ValideringsException("organisation.fel.ingaende-namn-langd");
                    }
                    ren = new IngaendeOrganisation(o.typ(), null, o.namn().strip(), o.roll());
                }
                default -> ren = new IngaendeOrganisation(o.typ(), null, null, o.roll());
            }
            String nyckel = ren.typ() + ":"
                    + (ren.kommunKod() != null
                            ? ren.kommunKod()
                            : ren.namn() == null ? "" : ren.namn().toLowerCase(Locale.ROOT));
            if (!sedda.add(nyckel)) {
                throw new ValideringsException("organisation.fel.ingaende-dubblett");
            }
            resultat.add(ren);
        }
        return resultat;
    }
}
