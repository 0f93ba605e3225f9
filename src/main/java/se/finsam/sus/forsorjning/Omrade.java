package se.finsam.sus.forsorjning;

import java.util.List;

/**
 * An area the measure is computed for: its level, code (null for riket), name and member codes. A kommun or
 * stadsdel is its own only member; a förbund, län or riket is the set of its kommuner (or stadsdelar).
 */
public record Omrade(Niva niva, String kod, String namn, List<String> medlemmar) {

    public Omrade {
        medlemmar = List.copyOf(new java.util.LinkedHashSet<>(medlemmar));
    }

    /** A förbund (or any other set of kommun and stadsdel codes), e.g. from the organisation feature. */
    public static Omrade forbund(String id, String namn, List<String> medlemmar) {
        return new Omrade(Niva.FORBUND, id, namn, medlemmar);
    }
}
