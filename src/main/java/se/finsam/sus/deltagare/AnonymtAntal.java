package se.finsam.sus.deltagare;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import se.finsam.sus.base.Kon;
import se.finsam.sus.base.VersioneradEntitet;

/** Anonymous participant counts of one insats and calendar year. */
@Entity
@Table(name = "deltagar_antal")
class AnonymtAntal extends VersioneradEntitet {

    private long insatsId;
    private int ar;

    @Embedded
    private KonsAntal antal = KonsAntal.INGA;

    protected AnonymtAntal() {}

    AnonymtAntal(long insatsId, int ar) {
        this.insatsId = insatsId;
        this.ar = ar;
    }

    void satt(int nyaKvinnor, int nyaMan, int nyaOvriga) {
        this.antal = new KonsAntal(nyaKvinnor, nyaMan, nyaOvriga);
    }

    /** One more participant of the given kön (a withdrawn consent). */
    void raknaIn(Kon kon) {
        this.antal = antal.plus(kon);
    }

    DeltagarAntal antal() {
        return new DeltagarAntal(insatsId, ar, antal.kvinnor(), antal.man(), antal.ovriga(), getVersion());
    }
}
