package se.finsam.sus.deltagare;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.base.SomSystem;

/**
 * The participations' part of the gallring (issue 12 #17): a participation that ended (slutdatum) more than
 * {@code sus.gallring.deltagande} ago leaves the register the way a withdrawn consent does
 * ({@link DeltagarRegister#anonymisera}): it is added to its insats's anonymous counts (start year and kön) and
 * deleted with its försörjning ticks, consent authorities and correction history. Participations without an exit
 * are kept.
 *
 * <p>Works in batches of {@code sus.gallring.batch}, each in a transaction of its own that also writes its audit row
 * (actor {@code system}, the count and the date limit, never an id or personal data). Safe on several nodes at
 * once: a participation is counted in the same transaction that deletes it, and the delete is conditioned on the
 * version read, so when two runs pick the same participation one of them fails on it and rolls its whole batch back
 * (counts included); that run then stops and leaves the rest to the other. Running it again finds nothing new.
 */
@Service
public class DeltagandeGallring {

    private final DeltagandeRepository deltaganden;
    private final DeltagarRegister register;
    private final DeltagarAtkomst atkomst;
    private final TransactionTemplate transaktion;
    private final Period lagringstid;
    private final int batch;

    DeltagandeGallring(
            DeltagandeRepository deltaganden,
            DeltagarRegister register,
            DeltagarAtkomst atkomst,
            TransactionTemplate transaktion,
            @Value("${sus.gallring.deltagande:5y}") Period lagringstid,
            @Value("${sus.gallring.batch:500}") int batch) {
        this.deltaganden = deltaganden;
        this.register = register;
        this.atkomst = atkomst;
        this.transaktion = transaktion;
        this.lagringstid = lagringstid;
        this.batch = batch;
    }

    /**
     * Removes every participation that ended before {@code idag} minus the retention, batch by batch; returns how
     * many. A conflict with a parallel run ({@link org.springframework.dao.ConcurrencyFailureException}) propagates
     * after the batches committed so far.
     */
    @PreAuthorize(SomSystem.GALLRING_REGEL)
    public int gallra(LocalDate idag) {
        LocalDate grans = idag.minus(lagringstid);
        int totalt = 0;
        int senaste;
        do {
            senaste = transaktion.execute(s -> enBatch(grans));
            totalt += senaste;
        } while (senaste == batch);
        return totalt;
    }

    private int enBatch(LocalDate grans) {
        List<Deltagande> forfallna = deltaganden.avslutadeFore(grans, Limit.of(batch));
        if (forfallna.isEmpty()) {
            return 0;
        }
        forfallna.forEach(register::anonymisera);
        atkomst.logga(
                AuditAtgard.GALLRING,
                DeltagarAtkomst.DELTAGANDE,
                null,
                "antal=" + forfallna.size() + " slutdatum fore=" + grans);
        return forfallna.size();
    }
}
