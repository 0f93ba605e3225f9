package se.finsam.sus.gallring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.finsam.sus.audit.AuditGallring;
import se.finsam.sus.base.SomSystem;
import se.finsam.sus.behorighet.BehorighetGallring;
import se.finsam.sus.deltagare.DeltagandeGallring;

/**
 * The scheduled gallring (issue 12 #17, docs/sakerhet.md "Gallring"): at {@code sus.gallring.cron} (Swedish time;
 * {@code -} disables it) it asks each feature to remove its own data whose retention period has ended, through that
 * feature's service, as the user {@code system} with the gallring authority only ({@link SomSystem#somGallring}):
 * ended uppdrag, deactivated users, decided beställningar, ended participations (into the anonymous counts), and finally counts the audit
 * rows due for the database administrator's script. Each feature works in batches with audit rows of its own; the
 * application log gets counts only. A part that fails (a parallel run on another node, or an error) is logged by
 * the exception's type alone and does not stop the others; the next run takes up what is left.
 */
@Component
@EnableScheduling
public class Gallringsjobb {

    private static final Logger LOG = LoggerFactory.getLogger(Gallringsjobb.class);

    private final BehorighetGallring behorighet;
    private final DeltagandeGallring deltaganden;
    private final AuditGallring audit;
    private final Clock clock;

    Gallringsjobb(BehorighetGallring behorighet, DeltagandeGallring deltaganden, AuditGallring audit, Clock clock) {
        this.behorighet = behorighet;
        this.deltaganden = deltaganden;
        this.audit = audit;
        this.clock = clock;
    }

    /** What one run removed (or, for the audit log, found due); -1 for a part that stopped. */
    public record Resultat(long uppdrag, long anvandare, long deltaganden, long auditForfallna, long bestallningar) {}

    @Scheduled(cron = "${sus.gallring.cron:0 30 2 * * *}", zone = "Europe/Stockholm")
    void schemalagd() {
        kor();
    }

    /** One run, for the day the clock says today. */
    public Resultat kor() {
        LocalDate idag = LocalDate.now(clock);
        long[] antal = new long[5];
        SomSystem.somGallring(() -> {
            antal[0] = del("uppdrag", () -> (long) behorighet.gallraUppdrag(idag));
            antal[1] = del("anvandare", () -> (long) behorighet.gallraAnvandare(idag));
            antal[2] = del("deltaganden", () -> (long) deltaganden.gallra(idag));
            antal[4] = del("bestallningar", () -> (long) behorighet.gallraBestallningar(idag));
            antal[3] = del("audit", () -> audit.forfallna(idag));
        });
        Resultat r = new Resultat(antal[0], antal[1], antal[2], antal[3], antal[4]);
        LOG.info(
                "Gallring {}: {} uppdrag raderade, {} anvandare anonymiserade, {} deltaganden till anonyma antal, "
                        + "{} bestallningar raderade, {} auditrader aldre an lagringstiden (raderas av databasadministratoren)",
                idag,
                r.uppdrag(),
                r.anvandare(),
                r.deltaganden(),
                r.bestallningar(),
                r.auditForfallna());
        return r;
    }

    private static long del(String namn, Supplier<Long> arbete) {
        try {
            return arbete.get();
        } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
            LOG.info(
                    "Gallring av {} avbruten: en annan korning arbetar samtidigt ({})",
                    namn,
                    e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            LOG.error("Gallring av {} misslyckades ({})", namn, e.getClass().getName());
        }
        return -1;
    }
}
