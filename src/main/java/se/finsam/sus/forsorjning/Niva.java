package se.finsam.sus.forsorjning;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The area levels of the measure; {@link #api()} is the name used in the open data API. */
public enum Niva {
    KOMMUN,
    STADSDEL,
    FORBUND,
    LAN,
    RIKET;

    public String api() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Niva> franApi(String namn) {
        return Arrays.stream(values()).filter(n -> n.api().equals(namn)).findFirst();
    }
}
