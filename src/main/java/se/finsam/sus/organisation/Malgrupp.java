package se.finsam.sus.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** An insats's target group. {@link #ALLA} fits every inriktning; the others fit one. */
public enum Malgrupp {
    ALLA(Set.of(Inriktning.INDIVIDINRIKTAD, Inriktning.STRUKTUROVERGRIPANDE)),
    UNGA_VUXNA(Set.of(Inriktning.INDIVIDINRIKTAD)),
    UTRIKES_FODDA(Set.of(Inriktning.INDIVIDINRIKTAD)),
    PERSONER_MED_FUNKTIONSNEDSATTNING(Set.of(Inriktning.INDIVIDINRIKTAD)),
    PERSONAL(Set.of(Inriktning.STRUKTUROVERGRIPANDE)),
    SAMHALLET_I_OVRIGT(Set.of(Inriktning.STRUKTUROVERGRIPANDE));

    private final Set<Inriktning> inriktningar;

    Malgrupp(Set<Inriktning> inriktningar) {
        this.inriktningar = inriktningar;
    }

    public boolean passar(Inriktning inriktning) {
        return inriktningar.contains(inriktning);
    }

    public static List<Malgrupp> inom(Inriktning inriktning) {
        return Arrays.stream(values()).filter(m -> m.passar(inriktning)).toList();
    }
}
