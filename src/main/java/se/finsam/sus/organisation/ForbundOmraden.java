package se.finsam.sus.organisation;

import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.forsorjning.ForbundKatalog;
import se.finsam.sus.forsorjning.Omrade;

/**
 * A samverkansorganisation as an area for the försörjningsmått: its covered kommuner and stadsdelar. Public
 * statistics, so no scope check: the area of a förbund is published together with its measure.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ForbundOmraden implements ForbundKatalog {

    private final SamverkansorganisationRepository organisationer;

    @Override
    @Transactional(readOnly = true)
    public Optional<Omrade> forbund(String id) {
        long nummer;
        try {
            nummer = Long.parseLong(id.trim());
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
        return organisationer
                .findById(nummer)
                .map(o -> o.rad(false))
                .filter(rad -> !rad.omradeskoder().isEmpty())
                .map(ForbundOmraden::omrade);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Omrade> allaForbund() {
        return organisationer.findAll(org.springframework.data.domain.Sort.by("namn")).stream()
                .map(o -> o.rad(false))
                .filter(rad -> !rad.omradeskoder().isEmpty())
                .map(ForbundOmraden::omrade)
                .toList();
    }

    private static Omrade omrade(OrganisationRad rad) {
        return Omrade.forbund(String.valueOf(rad.id()), rad.namn(), rad.omradeskoder());
    }
}
