package se.finsam.sus.behorighet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.audit.AuditHandelse;
import se.finsam.sus.audit.AuditService;
import se.finsam.sus.base.SomSystem;
import se.finsam.sus.base.TimeConfig;

/**
 * The users' and uppdrag's part of the gallring (issue 12 #17):
 *
 * <ul>
 *   <li>an uppdrag that ended (slutdatum) more than {@code sus.gallring.uppdrag} ago is deleted;
 *   <li>a deactivated user who has not logged in for {@code sus.gallring.anvandare} (or, never logged in, was
 *       created that long ago) is anonymised ({@link Anvandare#anonymisera}): the row stays, because uppdrag (as
 *       holder or deputy) refer to it by id, and audit rows name the user by the user name of the time.
 *   <li>a decided beställning (approved or rejected) is deleted {@code sus.gallring.bestallning} after its decision;
 *       a waiting one stays until it is decided.
 * </ul>
 *
 * <p>Batches of {@code sus.gallring.batch}, each in a transaction of its own with its audit row (actor {@code system},
 * counts and the date limit only). Idempotent and safe on several nodes: uppdrag are deleted by a conditioned
 * delete that counts only rows it removed (a row another run removed is simply not counted); a user is anonymised
 * through its versioned entity, so two runs on the same user conflict, one rolls its batch back
 * ({@link org.springframework.dao.ConcurrencyFailureException}) and the next run finds nothing left to do.
 */
@Service
public class BehorighetGallring {

    private final UppdragRepository uppdrag;
    private final AnvandareRepository anvandare;
    private final BestallningRepository bestallningar;
    private final AuditService audit;
    private final TransactionTemplate transaktion;
    private final Period uppdragTid;
    private final Period anvandarTid;
    private final Period bestallningTid;
    private final int batch;

    BehorighetGallring(
            UppdragRepository uppdrag,
            AnvandareRepository anvandare,
            BestallningRepository bestallningar,
            AuditService audit,
            TransactionTemplate transaktion,
            @Value("${sus.gallring.uppdrag:5y}") Period uppdragTid,
            @Value("${sus.gallring.anvandare:2y}") Period anvandarTid,
            @Value("${sus.gallring.bestallning:5y}") Period bestallningTid,
            @Value("${sus.gallring.batch:500}") int batch) {
        this.uppdrag = uppdrag;
        this.anvandare = anvandare;
        this.bestallningar = bestallningar;
        this.audit = audit;
        this.transaktion = transaktion;
        this.uppdragTid = uppdragTid;
        this.anvandarTid = anvandarTid;
        this.bestallningTid = bestallningTid;
        this.batch = batch;
    }

    /** Deletes every uppdrag that ended before {@code idag} minus the retention; returns how many. */
    @PreAuthorize(SomSystem.GALLRING_REGEL)
    public int gallraUppdrag(LocalDate idag) {
        LocalDate grans = idag.minus(uppdragTid);
        return raderaIBatchar(
                hogst -> uppdrag.avslutadeFore(grans, hogst),
                ids -> uppdrag.raderaAvslutade(ids, grans),
                "Uppdrag",
                " slutdatum fore=" + grans);
    }

    /** Deletes every beställning decided before {@code idag} minus the retention; returns how many. */
    @PreAuthorize(SomSystem.GALLRING_REGEL)
    public int gallraBestallningar(LocalDate idag) {
        LocalDate fore = idag.minus(bestallningTid);
        Instant grans = fore.atStartOfDay(TimeConfig.SWEDEN).toInstant();
        return raderaIBatchar(
                hogst -> bestallningar.beslutadeFore(grans, hogst),
                ids -> bestallningar.raderaBeslutade(ids, grans),
                "Bestallning",
                " beslutad fore=" + fore);
    }

    /**
     * Finds due ids a batch at a time and deletes each batch in a transaction of its own with its audit row
     * ({@code antal=<deleted><grans>}); the conditioned delete counts only rows it removed, so a parallel run on
     * another node is never counted twice.
     */
    private int raderaIBatchar(
            Function<Limit, List<Long>> forfallna, ToIntFunction<List<Long>> radera, String typ, String grans) {
        int totalt = 0;
        List<Long> ids;
        do {
            ids = forfallna.apply(Limit.of(batch));
            List<Long> dessa = ids;
            if (!dessa.isEmpty()) {
                totalt += transaktion.execute(s -> {
                    int raderade = radera.applyAsInt(dessa);
                    logga(typ, "antal=" + raderade + grans);
                    return raderade;
                });
            }
        } while (ids.size() == batch);
        return totalt;
    }

    /** Anonymises every deactivated user without a login since {@code idag} minus the retention; returns how many. */
    @PreAuthorize(SomSystem.GALLRING_REGEL)
    public int gallraAnvandare(LocalDate idag) {
        LocalDate fore = idag.minus(anvandarTid);
        Instant grans = fore.atStartOfDay(TimeConfig.SWEDEN).toInstant();
        int totalt = 0;
        int senaste;
        do {
            senaste = transaktion.execute(s -> {
                List<Anvandare> inaktiva = anvandare.inaktivaSedan(grans, Limit.of(batch));
                if (inaktiva.isEmpty()) {
                    return 0;
                }
                inaktiva.forEach(Anvandare::anonymisera);
                anvandare.saveAllAndFlush(inaktiva);
                logga("Anvandare", "antal=" + inaktiva.size() + " senast inloggad fore=" + fore);
                return inaktiva.size();
            });
            totalt += senaste;
        } while (senaste == batch);
        return totalt;
    }

    private void logga(String typ, String detaljer) {
        audit.registrera(AuditHandelse.av(AuditAtgard.GALLRING).om(typ, null).med(detaljer));
    }
}
