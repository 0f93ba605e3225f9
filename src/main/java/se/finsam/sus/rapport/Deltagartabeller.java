package se.finsam.sus.rapport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The three table shapes of the Deltagarrapport (docs/rapporter.md, "Deltagarrapport", "Layout"), each in an
 * unsplit form and a form split into column groups (kön and/or compared units) with one total column:
 * <ul>
 *   <li>{@link #fordelning}: categories that add up to a population (a total row);
 *   <li>{@link #foreEfter}: categories counted at entry and at exit, with change — wide when unsplit (vid start,
 *       vid avslut, förändring, förändring %, shares), long when split (four rows per category);
 *   <li>{@link #bland}: categories that do not add up (several ticks), as numbers and shares of a base row.
 * </ul>
 */
final class Deltagartabeller {

    /** A row category: its key in the {@link Deltagargrupper.Utfall} and its label. */
    record Kategori(String nyckel, String etikett) {}

    private final Deltagargrupper g;

    Deltagartabeller(Deltagargrupper g) {
        this.g = g;
    }

    private String t(String nyckel, Object... argument) {
        return g.fraga().text("rapport.deltagare." + nyckel, argument);
    }

    /** Column headings of a split table: the groups and the total; the group columns are the chart's. */
    private List<Kolumn> gruppkolumner() {
        List<Kolumn> k = new ArrayList<>();
        g.grupper().forEach(gr -> k.add(Kolumn.av(gr.rubrik())));
        k.add(Kolumn.summa(t("kolumn.totalt")));
        return k;
    }

    private List<Integer> gruppdiagram() {
        List<Integer> d = new ArrayList<>();
        for (int i = 0; i < g.grupper().size(); i++) {
            d.add(i);
        }
        return d;
    }

    /** One person cell per group and the total, from {@code varde(group key)} and the total. */
    private List<Cell> gruppceller(String nyckel, Deltagargrupper.Utfall u) {
        List<Cell> c = new ArrayList<>();
        g.grupper().forEach(gr -> c.add(Cell.personer(u.i(nyckel, gr.nyckel()))));
        c.add(Cell.personer(u.totalt(nyckel)));
        return c;
    }

    /**
     * Categories that partition a population: unsplit, number and share per category and a total row; split, the
     * groups and the total as columns and a total row. The total row is the sum of the categories' exact counts.
     */
    Rapporttabell fordelning(
            String rubrik, String etikettRubrik, List<Kategori> kategorier, Deltagargrupper.Utfall u, String summa) {
        List<Rad> rader = new ArrayList<>();
        int summarad = kategorier.size();
        if (!g.uppdelad()) {
            long total =
                    kategorier.stream().mapToLong(k -> u.totalt(k.nyckel())).sum();
            for (int r = 0; r < kategorier.size(); r++) {
                long n = u.totalt(kategorier.get(r).nyckel());
                rader.add(Rad.av(
                        kategorier.get(r).etikett(),
                        List.of(
                                Cell.personer(n),
                                Cell.andel(n, total, new Cell.Pos(r, 0), new Cell.Pos(summarad, 0)))));
            }
            rader.add(Rad.summa(
                    summa, List.of(Cell.personer(total), Cell.andel(total, total, new Cell.Pos(summarad, 0)))));
            return new Rapporttabell(
                    rubrik,
                    etikettRubrik,
                    List.of(Kolumn.av(t("kolumn.antal")), Kolumn.av(t("kolumn.andel"))),
                    rader,
                    List.of(),
                    List.of(0));
        }
        for (Kategori k : kategorier) {
            rader.add(Rad.av(k.etikett(), gruppceller(k.nyckel(), u)));
        }
        List<Cell> s = new ArrayList<>();
        g.grupper()
                .forEach(gr -> s.add(Cell.personer(kategorier.stream()
                        .mapToLong(k -> u.i(k.nyckel(), gr.nyckel()))
                        .sum())));
        s.add(Cell.personer(
                kategorier.stream().mapToLong(k -> u.totalt(k.nyckel())).sum()));
        rader.add(Rad.summa(summa, s));
        return new Rapporttabell(rubrik, etikettRubrik, gruppkolumner(), rader, List.of(), gruppdiagram());
    }

    /**
     * Categories counted at entry and at exit over a base (the avslutade). Unsplit: one row per category with vid
     * start, share, vid avslut, share, förändring and förändring %, and the base as the last row. Split: the base
     * as the first row, then per category four rows (vid start, vid avslut, förändring, förändring %), the groups
     * and the total as columns.
     */
    Rapporttabell foreEfter(
            String rubrik,
            String etikettRubrik,
            List<Kategori> kategorier,
            Deltagargrupper.Utfall start,
            Deltagargrupper.Utfall slut,
            Deltagargrupper.Utfall bas,
            String basNyckel,
            String basEtikett) {
        List<Rad> rader = new ArrayList<>();
        if (!g.uppdelad()) {
            int basrad = kategorier.size();
            long n = bas.totalt(basNyckel);
            for (int r = 0; r < kategorier.size(); r++) {
                String k = kategorier.get(r).nyckel();
                long fore = start.totalt(k);
                long efter = slut.totalt(k);
                Cell.Pos f = new Cell.Pos(r, 0);
                Cell.Pos e = new Cell.Pos(r, 2);
                rader.add(Rad.av(
                        kategorier.get(r).etikett(),
                        List.of(
                                Cell.personer(fore),
                                Cell.andel(fore, n, f, new Cell.Pos(basrad, 0)),
                                Cell.personer(efter),
                                Cell.andel(efter, n, e, new Cell.Pos(basrad, 2)),
                                Cell.forandring(efter - fore, f, e),
                                Cell.andel(efter - fore, fore, f, e))));
            }
            rader.add(Rad.av(
                    basEtikett,
                    List.of(
                            Cell.personer(n),
                            Cell.text(""),
                            Cell.personer(n),
                            Cell.text(""),
                            Cell.text(""),
                            Cell.text(""))));
            return new Rapporttabell(
                    rubrik,
                    etikettRubrik,
                    List.of(
                            Kolumn.av(t("kolumn.vid-start")),
                            Kolumn.av(t("kolumn.andel-vid-start")),
                            Kolumn.av(t("kolumn.vid-avslut")),
                            Kolumn.av(t("kolumn.andel-vid-avslut")),
                            Kolumn.av(t("kolumn.forandring")),
                            Kolumn.av(t("kolumn.forandring-procent"))),
                    rader,
                    List.of(),
                    List.of(0, 2));
        }
        rader.add(Rad.av(basEtikett, gruppceller(basNyckel, bas)));
        int kolumner = g.grupper().size() + 1;
        for (Kategori k : kategorier) {
            int r = rader.size();
            rader.add(Rad.av(t("rad.vid-start", k.etikett()), gruppceller(k.nyckel(), start)));
            rader.add(Rad.av(t("rad.vid-avslut", k.etikett()), gruppceller(k.nyckel(), slut)));
            List<Cell> skillnad = new ArrayList<>();
            List<Cell> procent = new ArrayList<>();
            for (int c = 0; c < kolumner; c++) {
                long fore = rader.get(r).celler().get(c).heltal();
                long efter = rader.get(r + 1).celler().get(c).heltal();
                Cell.Pos f = new Cell.Pos(r, c);
                Cell.Pos e = new Cell.Pos(r + 1, c);
                skillnad.add(Cell.forandring(efter - fore, f, e));
                procent.add(Cell.andel(efter - fore, fore, f, e));
            }
            rader.add(Rad.av(t("rad.forandring", k.etikett()), skillnad));
            rader.add(Rad.av(t("rad.forandring-procent", k.etikett()), procent));
        }
        return new Rapporttabell(rubrik, etikettRubrik, gruppkolumner(), rader, List.of(), List.of());
    }

    /**
     * Categories that need not add up (a participation may be in several): unsplit, number and share of the base
     * per category, the base as the last row; split, the groups and the total as columns, the base as the last row.
     */
    Rapporttabell bland(
            String rubrik,
            String etikettRubrik,
            List<Kategori> kategorier,
            Deltagargrupper.Utfall u,
            Deltagargrupper.Utfall bas,
            String basNyckel,
            String basEtikett) {
        List<Rad> rader = new ArrayList<>();
        if (!g.uppdelad()) {
            int basrad = kategorier.size();
            long n = bas.totalt(basNyckel);
            for (int r = 0; r < kategorier.size(); r++) {
                long antal = u.totalt(kategorier.get(r).nyckel());
                rader.add(Rad.av(
                        kategorier.get(r).etikett(),
                        List.of(
                                Cell.personer(antal),
                                Cell.andel(antal, n, new Cell.Pos(r, 0), new Cell.Pos(basrad, 0)))));
            }
            rader.add(Rad.av(basEtikett, List.of(Cell.personer(n), Cell.text(""))));
            return new Rapporttabell(
                    rubrik,
                    etikettRubrik,
                    List.of(Kolumn.av(t("kolumn.antal")), Kolumn.av(t("kolumn.andel"))),
                    rader,
                    List.of(),
                    List.of(0));
        }
        for (Kategori k : kategorier) {
            rader.add(Rad.av(k.etikett(), gruppceller(k.nyckel(), u)));
        }
        rader.add(Rad.av(basEtikett, gruppceller(basNyckel, bas)));
        return new Rapporttabell(rubrik, etikettRubrik, gruppkolumner(), rader, List.of(), gruppdiagram());
    }

    /** Counts that do not add up (e.g. participations, new ones, persons): unsplit one column, split the groups. */
    Rapporttabell antal(String rubrik, String etikettRubrik, List<Kategori> kategorier, Deltagargrupper.Utfall u) {
        List<Rad> rader = new ArrayList<>();
        for (Kategori k : kategorier) {
            rader.add(Rad.av(
                    k.etikett(),
                    g.uppdelad() ? gruppceller(k.nyckel(), u) : List.of(Cell.personer(u.totalt(k.nyckel())))));
        }
        return g.uppdelad()
                ? new Rapporttabell(rubrik, etikettRubrik, gruppkolumner(), rader, List.of(), gruppdiagram())
                : new Rapporttabell(
                        rubrik, etikettRubrik, List.of(Kolumn.av(t("kolumn.antal"))), rader, List.of(), List.of(0));
    }

    /** One category per enum constant, in declaration order, labelled by {@code etikett}. */
    static <E extends Enum<E>> List<Kategori> kategorier(E[] varden, Function<E, String> etikett) {
        List<Kategori> k = new ArrayList<>();
        for (E e : varden) {
            k.add(new Kategori(e.name(), etikett.apply(e)));
        }
        return k;
    }
}
