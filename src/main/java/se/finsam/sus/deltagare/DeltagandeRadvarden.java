package se.finsam.sus.deltagare;

import java.time.LocalDate;
import se.finsam.sus.base.Kon;

/**
 * The columns of a grid row as the query reads them (a projection, not an entity), identity number still
 * encrypted; {@link DeltagarUppgifter#rad(DeltagandeRadvarden)} decrypts it.
 */
record DeltagandeRadvarden(
        long id,
        long insatsId,
        String identitetKrypterad,
        String identitetHash,
        Kon kon,
        Aldersgrupp aldersgrupp,
        LocalDate startdatum,
        LocalDate slutdatum,
        Avslutsanledning avslutsanledning) {

    /** Never the encrypted number or its hash. */
    @Override
    public String toString() {
        return "DeltagandeRadvarden[id=" + id + ", insatsId=" + insatsId + "]";
    }
}
