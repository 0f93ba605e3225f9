package se.finsam.sus.rapport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The columns of a key-figure table (Standardrapport, Kostnadsrapport): compared, one column per unit one level
 * down plus a total column computed from all data ({@link Rapportfraga#insatserTotalt()}, so that a förbund in two
 * län counts once); not compared, one column named after the unit. Runs a grouped query for the units and, when
 * compared, once more for the total.
 */
final class Enhetsspalter {

    /** The key of the total column's figures. */
    static final String TOTALT = "TOTALT";

    /** A grouped query's result: one value per unit key, and the total (the single unit when not compared). */
    record Utfall<R>(Map<String, R> perEnhet, R totalt) {}

    private final Rapportfraga fraga;
    private final boolean jamfor;
    private final List<String> nycklar = new ArrayList<>();
    private final List<Kolumn> kolumner = new ArrayList<>();

    Enhetsspalter(Rapportfraga fraga) {
        this(fraga, fraga.jamfor());
    }

    /** {@code jamfor} false: one column for the unit even when the report compares (e.g. no figures per insats). */
    Enhetsspalter(Rapportfraga fraga, boolean jamfor) {
        this.fraga = fraga;
        this.jamfor = jamfor && fraga.jamfor();
        if (this.jamfor) {
            for (Rapportfraga.Jamforelseenhet e : fraga.jamforelseenheter()) {
                nycklar.add(e.nyckel());
                kolumner.add(Kolumn.av(e.namn()));
            }
            nycklar.add(TOTALT);
            kolumner.add(Kolumn.summa(fraga.text("rapport.standard.totalt")));
        } else {
            nycklar.add(Rapportfraga.ALLA);
            kolumner.add(Kolumn.av(enhetsnamn(fraga)));
        }
    }

    List<Kolumn> kolumner() {
        return kolumner;
    }

    /** The chart draws the units, not the total. */
    List<Integer> diagram() {
        List<Integer> d = new ArrayList<>();
        for (int k = 0; k < kolumner.size(); k++) {
            if (!kolumner.get(k).summa()) {
                d.add(k);
            }
        }
        return d;
    }

    /**
     * Runs {@code sql} — whose {@code %s} is the derived table of the unit's insatser ({@code u}), which selects
     * {@code u.enhet as enhet} and groups by it — for the units, and when compared for the total.
     */
    <R> Utfall<R> hamta(String sql, MapSqlParameterSource p, RowMapper<R> rader) {
        Map<String, R> perEnhet = new HashMap<>();
        fraga.jdbc().query(sql.formatted(jamfor ? fraga.insatser() : fraga.insatserTotalt()), p, rs -> {
            perEnhet.put(rs.getString("enhet"), rader.mapRow(rs, 0));
        });
        if (!jamfor) {
            return new Utfall<>(perEnhet, perEnhet.get(Rapportfraga.ALLA));
        }
        List<R> totalt = new ArrayList<>();
        fraga.jdbc().query(sql.formatted(fraga.insatserTotalt()), p, rs -> {
            totalt.add(rader.mapRow(rs, 0));
        });
        return new Utfall<>(perEnhet, totalt.isEmpty() ? null : totalt.get(0));
    }

    /** One cell per column from the figures of each unit (and the total); {@code tom} where a unit has none. */
    <R> List<Cell> celler(Utfall<R> utfall, R tom, Function<R, Cell> cell) {
        List<Cell> celler = new ArrayList<>();
        for (String nyckel : nycklar) {
            R v = nyckel.equals(TOTALT) || nyckel.equals(Rapportfraga.ALLA)
                    ? utfall.totalt()
                    : utfall.perEnhet().get(nyckel);
            celler.add(cell.apply(v == null ? tom : v));
        }
        return celler;
    }

    /** One cell per column built from the cells above it in the same column (e.g. a share of two rows). */
    List<Cell> harledda(Function<Integer, Cell> perKolumn) {
        List<Cell> celler = new ArrayList<>();
        for (int k = 0; k < nycklar.size(); k++) {
            celler.add(perKolumn.apply(k));
        }
        return celler;
    }

    /** The name of the report's unit, for the one column of a report that is not compared. */
    private static String enhetsnamn(Rapportfraga fraga) {
        Enhet enhet = fraga.urval().enhet();
        String sql = switch (enhet.niva()) {
            case RIKET -> null;
            case LAN -> "select namn from lan where kod = :kod";
            case FORBUND -> "select namn from samverkansorganisation where id = :id";
            case INSATS -> "select namn from insats where id = :id";
        };
        if (sql == null) {
            return fraga.text("rapport.enhet.riket");
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        p.addValue("kod", enhet.kod());
        p.addValue("id", enhet.niva() == Niva.LAN ? null : enhet.id());
        List<String> namn = fraga.jdbc().queryForList(sql, p, String.class);
        return namn.isEmpty() ? enhet.text() : namn.get(0);
    }
}
