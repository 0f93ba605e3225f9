package se.finsam.sus.deltagare;

/**
 * Anonymous participant counts for an insats and calendar year: participants without consent or with skyddad
 * identitet in individual insatser, all participants of count-only insatser (volyminsatser), and participations
 * whose consent was withdrawn. {@code version} is null for a year not yet saved.
 */
public record DeltagarAntal(long insatsId, int ar, int kvinnor, int man, int ovriga, Long version) {

    public int totalt() {
        return kvinnor + man + ovriga;
    }
}
