package se.finsam.sus.deltagare;

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
    private int kvinnor;
    private int man;
    private int ovriga;

    protected AnonymtAntal() {}

    AnonymtAntal(long insatsId, int ar) {
        this.insatsId = insatsId;
        this.ar = ar;
    }

    void satt(int nyaKvinnor, int nyaMan, int nyaOvriga) {
        this.kvinnor = nyaKvinnor;
        this.man = nyaMan;
        this.ovriga = nyaOvriga;
    }

    /** One more participant of the given kön (a withdrawn consent). */
    void raknaIn(Kon kon) {
        switch (kon) {
            case KVINNA -> kvinnor++;
            case MAN -> man++;
            default -> ovriga++;
        }
    }

    DeltagarAntal antal() {
        return new DeltagarAntal(insatsId, ar, kvinnor, man, ovriga, getVersion());
    }
}
