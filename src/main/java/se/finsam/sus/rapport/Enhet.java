package se.finsam.sus.rapport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's unit, written in URLs as {@code riket}, {@code lan-01}, {@code forbund-12} or {@code insats-55}.
 * {@code kod} is the länskod or the id as text; null for riket.
 */
public record Enhet(Niva niva, String kod) {

    public static final Enhet RIKET = new Enhet(Niva.RIKET, null);

    private static final Pattern FORM = Pattern.compile("(lan)-(\\d{2})|(forbund|insats)-(\\d{1,18})");

    public static Enhet lan(String lanKod) {
        return new Enhet(Niva.LAN, lanKod);
    }

    public static Enhet forbund(long id) {
        return new Enhet(Niva.FORBUND, String.valueOf(id));
    }

    public static Enhet insats(long id) {
        return new Enhet(Niva.INSATS, String.valueOf(id));
    }

    public static Enhet tolka(String text) {
        if ("riket".equals(text)) {
            return RIKET;
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new Urvalsfel("rapport.fel.enhet", text);
        }
        if (m.group(1) != null) {
            return lan(m.group(2));
        }
        long id = Long.parseLong(m.group(4));
        return m.group(3).equals("forbund") ? forbund(id) : insats(id);
    }

    public String text() {
        return switch (niva) {
            case RIKET -> "riket";
            case LAN -> "lan-" + kod;
            case FORBUND -> "forbund-" + kod;
            case INSATS -> "insats-" + kod;
        };
    }

    /** The id of a förbund or an insats. */
    public long id() {
        return Long.parseLong(kod);
    }
}
