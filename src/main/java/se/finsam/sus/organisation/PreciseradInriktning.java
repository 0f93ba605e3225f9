package se.finsam.sus.organisation;

import java.util.Arrays;
import java.util.List;

/** The finer inriktning; each belongs to exactly one {@link Inriktning}. */
public enum PreciseradInriktning {
    FORBEREDANDE(Inriktning.INDIVIDINRIKTAD),
    FOREBYGGANDE(Inriktning.INDIVIDINRIKTAD),
    KARTLAGGNING_AV_BEHOV(Inriktning.INDIVIDINRIKTAD),
    REHABILITERING_TILL_ARBETE_STUDIER(Inriktning.INDIVIDINRIKTAD),
    INVENTERING_AV_BEHOV(Inriktning.STRUKTUROVERGRIPANDE),
    UTBILDNING_KONFERENS(Inriktning.STRUKTUROVERGRIPANDE),
    STRATEGISKT_UTVECKLINGSARBETE(Inriktning.STRUKTUROVERGRIPANDE);

    private final Inriktning inriktning;

    PreciseradInriktning(Inriktning inriktning) {
        this.inriktning = inriktning;
    }

    public Inriktning inriktning() {
        return inriktning;
    }

    public static List<PreciseradInriktning> inom(Inriktning inriktning) {
        return Arrays.stream(values()).filter(p -> p.inriktning == inriktning).toList();
    }
}
