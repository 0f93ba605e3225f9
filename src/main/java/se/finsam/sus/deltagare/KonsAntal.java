package se.finsam.sus.deltagare;

import jakarta.persistence.Embeddable;
import se.finsam.sus.base.Kon;

/**
 * Participants counted by kön: kvinnor, män and övriga (every other kön). Embedded in {@link AnonymtAntal} (its
 * columns {@code kvinnor}, {@code man}, {@code ovriga}); the demo data counts with it too.
 */
@Embeddable
record KonsAntal(int kvinnor, int man, int ovriga) {

    static final KonsAntal INGA = new KonsAntal(0, 0, 0);

    /** These counts with one more participant of the given kön. */
    KonsAntal plus(Kon kon) {
        return switch (kon) {
            case KVINNA -> new KonsAntal(kvinnor + 1, man, ovriga);
            case MAN -> new KonsAntal(kvinnor, man + 1, ovriga);
            default -> new KonsAntal(kvinnor, man, ovriga + 1);
        };
    }
}
