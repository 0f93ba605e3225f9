package se.finsam.sus.rapport;

import java.util.List;

/**
 * The one result model of every report: a table of rows × columns with a heading, the heading of the label column,
 * footnotes, and which columns a chart draws ({@code diagram}, column indexes; empty for no chart). Person-count
 * cells are protected by {@link Smatalsskydd} before anything — the view, the chart, an export — sees the table:
 * {@link RapportService} applies it to every table a report returns.
 */
public record Rapporttabell(
        String rubrik,
        String etikettRubrik,
        List<Kolumn> kolumner,
        List<Rad> rader,
        List<String> fotnoter,
        List<Integer> diagram) {

    public Rapporttabell {
        kolumner = List.copyOf(kolumner);
        rader = List.copyOf(rader);
        fotnoter = List.copyOf(fotnoter);
        diagram = List.copyOf(diagram);
        for (Rad rad : rader) {
            if (rad.celler().size() != kolumner.size()) {
                throw new IllegalArgumentException("Row '" + rad.etikett() + "' has "
                        + rad.celler().size() + " cells for " + kolumner.size() + " columns in '" + rubrik + "'");
            }
        }
    }

    public Cell cell(int rad, int kolumn) {
        return rader.get(rad).celler().get(kolumn);
    }

    public Cell cell(Cell.Pos pos) {
        return cell(pos.rad(), pos.kolumn());
    }

    Rapporttabell medRader(List<Rad> nya) {
        return new Rapporttabell(rubrik, etikettRubrik, kolumner, nya, fotnoter, diagram);
    }

    public Rapporttabell medFotnot(String fotnot) {
        List<String> alla = new java.util.ArrayList<>(fotnoter);
        alla.add(fotnot);
        return new Rapporttabell(rubrik, etikettRubrik, kolumner, rader, alla, diagram);
    }

    /** Does any cell count persons? (Then the small-count footnote belongs under the table.) */
    public boolean harPersontal() {
        return rader.stream().flatMap(r -> r.celler().stream()).anyMatch(Cell::arPersoner);
    }

    public boolean harDoldaCeller() {
        return rader.stream().flatMap(r -> r.celler().stream()).anyMatch(Cell::dold);
    }
}
