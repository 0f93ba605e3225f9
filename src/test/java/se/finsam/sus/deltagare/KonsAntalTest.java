package se.finsam.sus.deltagare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.finsam.sus.base.Kon;

class KonsAntalTest {

    @Test
    void countsEachKonInItsOwnColumnAndEveryOtherAsOvriga() {
        KonsAntal antal = KonsAntal.INGA.plus(Kon.KVINNA).plus(Kon.KVINNA).plus(Kon.MAN);
        for (Kon kon : Kon.values()) {
            if (kon != Kon.KVINNA && kon != Kon.MAN) {
                antal = antal.plus(kon);
            }
        }
        assertThat(antal).isEqualTo(new KonsAntal(2, 1, Kon.values().length - 2));
        assertThat(KonsAntal.INGA).isEqualTo(new KonsAntal(0, 0, 0));
    }
}
