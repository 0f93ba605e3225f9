package se.finsam.sus.deltagare;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.finsam.sus.base.Kon;

/**
 * Keeps the table {@code deltagande_flode} true: per insats and calendar month, the reportable participations
 * (not anonymised, not felregistrering) that started and that ended, by kön. Reports answer "how many
 * participations of this insats count in a whole-month period" from it (started up to the end of the period minus
 * ended before its start) without counting every participation (docs/rapporter.md, "Stored sums").
 *
 * <p>Every change of a {@link Deltagande} through JPA passes the entity {@link Lyssnare}, which moves the row's
 * contribution in the same transaction (an upsert of +1/−1, so concurrent registrations in one insats never wait
 * for each other beyond the row lock). Writers that bypass JPA (the bulk generator, test fixtures) call
 * {@link #omrakna()} afterwards.
 */
@Component
public class DeltagandeFlode {

    /**
     * The month key of the row that holds an insats's totals over all months: a period's figures are then read
     * from the totals and the months after the period's start (few for recent periods) rather than from every
     * month since the insats began.
     */
    public static final int TOTALT = 0;

    /** One participation's contribution: +1 started in its start month, +1 ended in its end month (if ended). */
    record Bidrag(long insatsId, LocalDate start, LocalDate slut, Kon kon) {}

    private static final String UPSERT = "insert into deltagande_flode (insats_id, manad, startade_kvinnor,"
            + " startade_man, startade_annat, avslutade_kvinnor, avslutade_man, avslutade_annat)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?) on duplicate key update"
            + " startade_kvinnor = startade_kvinnor + values(startade_kvinnor),"
            + " startade_man = startade_man + values(startade_man),"
            + " startade_annat = startade_annat + values(startade_annat),"
            + " avslutade_kvinnor = avslutade_kvinnor + values(avslutade_kvinnor),"
            + " avslutade_man = avslutade_man + values(avslutade_man),"
            + " avslutade_annat = avslutade_annat + values(avslutade_annat)";

    private static final String RAKNAS =
            "d.anonymiserad = false and (d.avslutsanledning is null or d.avslutsanledning <> 'FELREGISTRERING')";

    /** The whole table from deltagande (as migration 0170 fills it). */
    private static final String OMRAKNA = "insert into deltagande_flode (insats_id, manad, startade_kvinnor,"
            + " startade_man, startade_annat, avslutade_kvinnor, avslutade_man, avslutade_annat)"
            + " select x.insats_id, x.manad, sum(x.sk), sum(x.sm), sum(x.sa), sum(x.ak), sum(x.am), sum(x.aa) from ("
            + " select d.insats_id, year(d.startdatum) * 100 + month(d.startdatum) as manad,"
            + " case when d.kon = 'KVINNA' then 1 else 0 end as sk, case when d.kon = 'MAN' then 1 else 0 end as sm,"
            + " case when d.kon = 'ANNAT' then 1 else 0 end as sa, 0 as ak, 0 as am, 0 as aa"
            + " from deltagande d where " + RAKNAS
            + " union all select d.insats_id, year(d.slutdatum) * 100 + month(d.slutdatum), 0, 0, 0,"
            + " case when d.kon = 'KVINNA' then 1 else 0 end, case when d.kon = 'MAN' then 1 else 0 end,"
            + " case when d.kon = 'ANNAT' then 1 else 0 end"
            + " from deltagande d where d.slutdatum is not null and " + RAKNAS
            + ") x group by x.insats_id, x.manad";

    private static final String OMRAKNA_TOTALT = "insert into deltagande_flode (insats_id, manad, startade_kvinnor,"
            + " startade_man, startade_annat, avslutade_kvinnor, avslutade_man, avslutade_annat)"
            + " select insats_id, " + TOTALT + ", sum(startade_kvinnor), sum(startade_man), sum(startade_annat),"
            + " sum(avslutade_kvinnor), sum(avslutade_man), sum(avslutade_annat) from deltagande_flode"
            + " group by insats_id";

    private final JdbcTemplate jdbc;

    public DeltagandeFlode(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The month key of a date, as stored: year * 100 + month. */
    public static int manad(LocalDate dag) {
        return dag.getYear() * 100 + dag.getMonthValue();
    }

    /** Moves a participation's contribution from {@code fore} to {@code efter} (either null: none). */
    void flytta(Bidrag fore, Bidrag efter) {
        if (Objects.equals(fore, efter)) {
            return;
        }
        List<Object[]> rader = new ArrayList<>(4);
        if (fore != null) {
            rader.addAll(rader(fore, -1));
        }
        if (efter != null) {
            rader.addAll(rader(efter, 1));
        }
        jdbc.batchUpdate(UPSERT, rader);
    }

    private static List<Object[]> rader(Bidrag b, int tecken) {
        int k = b.kon() == Kon.KVINNA ? tecken : 0;
        int m = b.kon() == Kon.MAN ? tecken : 0;
        int a = b.kon() == Kon.ANNAT ? tecken : 0;
        boolean avslutad = b.slut() != null;
        List<Object[]> rader = new ArrayList<>(3);
        rader.add(new Object[] {b.insatsId(), manad(b.start()), k, m, a, 0, 0, 0});
        if (avslutad) {
            rader.add(new Object[] {b.insatsId(), manad(b.slut()), 0, 0, 0, k, m, a});
        }
        rader.add(
                avslutad
                        ? new Object[] {b.insatsId(), TOTALT, k, m, a, k, m, a}
                        : new Object[] {b.insatsId(), TOTALT, k, m, a, 0, 0, 0});
        return rader;
    }

    /**
     * Rebuilds the table, and the participations' försörjning bit sets, from the participations and their ticks:
     * for writers that bypass JPA (the bulk generator, test fixtures). Runs in the caller's transaction.
     */
    public void omrakna() {
        jdbc.update("delete from deltagande_flode");
        jdbc.update(OMRAKNA);
        jdbc.update(OMRAKNA_TOTALT);
        jdbc.update("update deltagande set forsorjning_start_bitar = " + bitar("START") + ", forsorjning_slut_bitar = "
                + bitar("SLUT"));
    }

    /** The bit set of a participation's ticks at one occasion, from deltagande_forsorjning. */
    private static String bitar(String tillfalle) {
        StringBuilder fall = new StringBuilder("case f.kalla");
        for (Forsorjningskalla k : Forsorjningskalla.values()) {
            fall.append(" when '").append(k.name()).append("' then ").append(k.bit());
        }
        fall.append(" else 0 end");
        return "coalesce((select sum(" + fall + ") from deltagande_forsorjning f where f.deltagande_id = deltagande.id"
                + " and f.tillfalle = '" + tillfalle + "'), 0)";
    }

    /**
     * The JPA entity listener of {@link Deltagande}: after every insert, update and delete, moves the row's
     * contribution from what was last stored to what is stored now. Hibernate creates it through Spring, which
     * injects the bean above.
     */
    @Component
    static class Lyssnare {

        private final DeltagandeFlode flode;

        Lyssnare(DeltagandeFlode flode) {
            this.flode = flode;
        }

        @PostLoad
        void last(Deltagande d) {
            d.bidragSparat();
        }

        @PostPersist
        @PostUpdate
        void skriven(Deltagande d) {
            flode.flytta(d.sparatBidrag(), d.flodesbidrag());
            d.bidragSparat();
        }

        @PostRemove
        void borttagen(Deltagande d) {
            flode.flytta(d.sparatBidrag(), null);
        }
    }
}
