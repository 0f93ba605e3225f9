package se.finsam.sus.rapport;

/**
 * The five report families, each a page {@code rapporter/<route>} (docs/rapporter.md). The message keys are
 * {@code rapport.<route>.titel} and {@code rapport.<route>.beskrivning}.
 */
public enum Rapportfamilj {
    INSATSER("insatser"),
    DELTAGARE("deltagare"),
    STANDARD("standard"),
    KOSTNADER("kostnader"),
    BEHOVSGRUPPER("behovsgrupper");

    private final String route;

    Rapportfamilj(String route) {
        this.route = route;
    }

    public String route() {
        return route;
    }

    public String titelNyckel() {
        return "rapport." + route + ".titel";
    }

    public String beskrivningNyckel() {
        return "rapport." + route + ".beskrivning";
    }

    public static java.util.Optional<Rapportfamilj> medRoute(String route) {
        for (Rapportfamilj f : values()) {
            if (f.route.equals(route)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
