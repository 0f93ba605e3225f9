package se.finsam.sus.organisation;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** Money from one financier in a samverkansbudget. */
public record FinansiarMedel(String finansiar, FinansiarTyp typ, BigDecimal belopp) {

    /**
     * The förbund's financing members as the financiers of a new budget year: name and type as the member was
     * entered, no amount yet, so that they are not typed a second time (issue 13). {@code namn} names a member
     * whose name is not its own field (Försäkringskassan, Arbetsförmedlingen).
     */
    public static List<FinansiarMedel> forslag(
            List<IngaendeOrganisation> ingaende, Function<IngaendeOrganisation, String> namn) {
        return ingaende.stream()
                .filter(o -> o.roll() == IngaendeRoll.FINANSIAR)
                .map(o -> new FinansiarMedel(
                        o.namn() == null || o.namn().isBlank() ? namn.apply(o) : o.namn(),
                        FinansiarTyp.valueOf(o.typ().name()),
                        null))
                .toList();
    }
}
