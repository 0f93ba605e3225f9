package se.finsam.sus.behorighet;

import java.util.Locale;
import java.util.Optional;

/**
 * One employer as a behörighetsadministratör's scope: Försäkringskassan, Arbetsförmedlingen, or one named kommun
 * or region. Users belong to it when their employer is the same kind and, for a kommun or region, has the same
 * name (compared without case and surrounding spaces, {@link #nyckel()}); {@code namn} is null for FK and AF.
 */
public record Arbetsplats(Arbetsgivare arbetsgivare, String namn) {

    /** The user's employer as a scope; empty for förbund staff, and for a kommun or region without a name. */
    static Optional<Arbetsplats> forAnvandare(Anvandare anvandare) {
        return av(anvandare.getArbetsgivare(), anvandare.getArbetsgivareNamn());
    }

    static Optional<Arbetsplats> av(Arbetsgivare arbetsgivare, String arbetsgivareNamn) {
        if (arbetsgivare == null || !arbetsgivare.arMyndighet()) {
            return Optional.empty();
        }
        if (!arbetsgivare.namngesAvNamn()) {
            return Optional.of(new Arbetsplats(arbetsgivare, null));
        }
        return normalisera(arbetsgivareNamn).isEmpty()
                ? Optional.empty()
                : Optional.of(new Arbetsplats(arbetsgivare, arbetsgivareNamn.trim()));
    }

    /** The name as the queries compare it (lower case, trimmed), null for FK and AF. */
    String nyckel() {
        return namn == null ? null : normalisera(namn);
    }

    /** The same employer, whatever the case of the name. */
    boolean samma(Arbetsplats annan) {
        return arbetsgivare == annan.arbetsgivare && java.util.Objects.equals(nyckel(), annan.nyckel());
    }

    static String normalisera(String namn) {
        return namn == null ? "" : namn.trim().toLowerCase(Locale.ROOT);
    }
}
