package se.finsam.sus.deltagare.ui;

import static java.util.Map.entry;
import static se.finsam.sus.base.ui.Meddelanden.t;

import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import se.finsam.sus.base.Kon;
import se.finsam.sus.deltagare.Aldersgrupp;
import se.finsam.sus.deltagare.Andring;
import se.finsam.sus.deltagare.Avslutsanledning;
import se.finsam.sus.deltagare.Behovsgrupp;
import se.finsam.sus.deltagare.Forsorjningskalla;
import se.finsam.sus.deltagare.Myndighet;
import se.finsam.sus.deltagare.TidIUtanforskap;
import se.finsam.sus.deltagare.Utbildningsniva;

/**
 * A correction as the user reads it: the service names fields technically ({@code forsorjningVidStart.kallor})
 * and gives enum names, ISO dates and {@code [A, B]} sets as values; this turns them into the form's labels.
 */
final class Historiktext {

    private static final String VID_START = "forsorjningVidStart.";
    private static final String VID_SLUT = "forsorjningVidSlut.";

    private static final Map<String, String> ETIKETT = Map.ofEntries(
            entry("identitetsnummer", "deltagare.vy.identitetsnummer"),
            entry("startdatum", "deltagare.vy.startdatum"),
            entry("kon", "deltagare.vy.kon"),
            entry("aldersgrupp", "deltagare.vy.aldersgrupp"),
            entry("hemkommun", "deltagare.vy.hemkommun"),
            entry("behovsgrupp", "deltagare.vy.behovsgrupp"),
            entry("behovsgrupper", "deltagare.vy.behovsgrupper"),
            entry("utbildningsniva", "deltagare.vy.utbildningsniva"),
            entry("arbetssokandeStart", "deltagare.vy.arbetssokande-start"),
            entry("arbetssokandeSlut", "deltagare.vy.arbetssokande-slut"),
            entry("remitterande", "deltagare.vy.remitterande"),
            entry("tidIUtanforskap", "deltagare.vy.tid-i-utanforskap"),
            entry("samtycke.datum", "deltagare.vy.samtyckesdatum"),
            entry("samtycke.informationsutbyte", "deltagare.vy.informationsutbyte"),
            entry("samtycke.registrering", "deltagare.vy.samtycke-registrering-kort"),
            entry("samtycke.aterkallat", "deltagare.vy.aterkallat"),
            entry("slutdatum", "deltagare.vy.slutdatum"),
            entry("avslutsanledning", "deltagare.vy.avslutsanledning"),
            entry("kallor", "deltagare.vy.forsorjning"),
            entry("timmarArbeteMedStod", "deltagare.vy.timmar-med-stod"),
            entry("timmarArbeteUtanStod", "deltagare.vy.timmar-utan-stod"),
            entry("timmarStudier", "deltagare.vy.timmar-studier"),
            entry("timmarEgetForetag", "deltagare.vy.timmar-eget-foretag"));

    private static final Map<String, Class<? extends Enum<?>>> TYP = Map.ofEntries(
            entry("kon", Kon.class),
            entry("aldersgrupp", Aldersgrupp.class),
            // "behovsgrupp": one value, in history rows written before behovsgrupper became a set.
            entry("behovsgrupp", Behovsgrupp.class),
            entry("behovsgrupper", Behovsgrupp.class),
            entry("utbildningsniva", Utbildningsniva.class),
            entry("remitterande", Myndighet.class),
            entry("tidIUtanforskap", TidIUtanforskap.class),
            entry("samtycke.informationsutbyte", Myndighet.class),
            entry("avslutsanledning", Avslutsanledning.class),
            entry("kallor", Forsorjningskalla.class));

    private Historiktext() {}

    static String falt(Andring a) {
        String falt = a.falt();
        if (falt.startsWith(VID_START)) {
            return t("deltagare.vy.forsorjning-start") + ": " + etikett(falt.substring(VID_START.length()));
        }
        if (falt.startsWith(VID_SLUT)) {
            return t("deltagare.vy.forsorjning-slut") + ": " + etikett(falt.substring(VID_SLUT.length()));
        }
        return etikett(falt);
    }

    private static String etikett(String falt) {
        String nyckel = ETIKETT.get(falt);
        return nyckel == null ? falt : t(nyckel);
    }

    /** The value in the user's words; {@code kommunNamn} turns a kommun code into its name. */
    static String varde(Andring a, String varde, UnaryOperator<String> kommunNamn) {
        if (varde == null || varde.isEmpty()) {
            return "";
        }
        String falt = a.falt().startsWith(VID_START)
                ? a.falt().substring(VID_START.length())
                : a.falt().startsWith(VID_SLUT) ? a.falt().substring(VID_SLUT.length()) : a.falt();
        if (falt.equals("hemkommun")) {
            return kommunNamn.apply(varde);
        }
        if (varde.equals("true") || varde.equals("false")) {
            return t(Boolean.parseBoolean(varde) ? "allmant.ja" : "allmant.nej");
        }
        Class<? extends Enum<?>> typ = TYP.get(falt);
        if (typ == null) {
            return varde;
        }
        if (varde.startsWith("[") && varde.endsWith("]")) {
            String inne = varde.substring(1, varde.length() - 1).strip();
            return inne.isEmpty()
                    ? t("deltagare.vy.inget")
                    : Arrays.stream(inne.split(",\\s*"))
                            .map(namn -> enumEtikett(typ, namn))
                            .collect(Collectors.joining(", "));
        }
        return enumEtikett(typ, varde);
    }

    private static String enumEtikett(Class<? extends Enum<?>> typ, String namn) {
        for (Enum<?> konstant : typ.getEnumConstants()) {
            if (konstant.name().equals(namn)) {
                return Etikett.av(konstant);
            }
        }
        return namn;
    }
}
