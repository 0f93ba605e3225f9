package se.finsam.sus.deltagare;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One ticked source of support, at entry ({@link Tillfalle#START}) or exit ({@link Tillfalle#SLUT}). */
@Embeddable
class ForsorjningMarkering {

    enum Tillfalle {
        START,
        SLUT
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "tillfalle")
    private Tillfalle tillfalle;

    @Enumerated(EnumType.STRING)
    @Column(name = "kalla")
    private Forsorjningskalla kalla;

    protected ForsorjningMarkering() {}

    ForsorjningMarkering(Tillfalle tillfalle, Forsorjningskalla kalla) {
        this.tillfalle = tillfalle;
        this.kalla = kalla;
    }

    Tillfalle tillfalle() {
        return tillfalle;
    }

    Forsorjningskalla kalla() {
        return kalla;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ForsorjningMarkering m && tillfalle == m.tillfalle && kalla == m.kalla;
    }

    @Override
    public int hashCode() {
        return Objects.hash(tillfalle, kalla);
    }
}
