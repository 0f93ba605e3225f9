package se.finsam.sus.rapport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import se.finsam.sus.base.ui.Tabell;
import se.finsam.sus.base.ui.diagram.StapelDiagram;
import se.finsam.sus.rapport.Cell;
import se.finsam.sus.rapport.Celltyp;
import se.finsam.sus.rapport.Rad;
import se.finsam.sus.rapport.Rapportformat;
import se.finsam.sus.rapport.Rapporttabell;

/**
 * One report table on the page: its heading, the table (a grid; short tables show all rows), the chart beside it
 * (drawn from the same protected cells: a hidden count is a bar-less {@code ..}), and the footnotes.
 */
class Tabellvy extends Composite<VerticalLayout> {

    private static final int ALLA_RADER_UPP_TILL = 40;
    private static final int STAPLAR_UPP_TILL = 40;

    Tabellvy(Rapporttabell tabell, Locale locale, boolean lankar, int nummer) {
        VerticalLayout yta = getContent();
        yta.setPadding(false);
        yta.add(new H2(tabell.rubrik()));
        FlexLayout sida = new FlexLayout();
        sida.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        sida.setWidthFull();
        sida.getStyle().set("gap", "var(--lumo-space-l)");
        Grid<Rad> grid = grid(tabell, locale, lankar);
        grid.setId("rapport-tabell-" + nummer);
        sida.add(grid);
        sida.setFlexGrow(1, grid);
        sida.setFlexBasis("32em", grid);
        diagram(tabell, locale).ifPresent(d -> {
            d.setId("rapport-diagram-" + nummer);
            sida.add(d);
            sida.setFlexGrow(1, d);
            sida.setFlexBasis("28em", d);
        });
        yta.add(sida);
        for (String fotnot : tabell.fotnoter()) {
            Paragraph p = new Paragraph(fotnot);
            p.addClassName("sus-fotnot");
            yta.add(p);
        }
    }

    private Grid<Rad> grid(Rapporttabell tabell, Locale locale, boolean lankar) {
        Grid<Rad> grid = Tabell.ny();
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(rad -> etikett(rad, lankar))
                .setHeader(tabell.etikettRubrik())
                .setAutoWidth(true)
                .setFlexGrow(1)
                .setFrozen(true);
        for (int k = 0; k < tabell.kolumner().size(); k++) {
            int kolumn = k;
            grid.addColumn(rad -> Rapportformat.text(rad.celler().get(kolumn), locale))
                    .setHeader(tabell.kolumner().get(k).rubrik())
                    .setAutoWidth(true)
                    .setTextAlign(
                            tabell.rader().isEmpty()
                                            || tabell.rader()
                                                            .get(0)
                                                            .celler()
                                                            .get(kolumn)
                                                            .typ()
                                                    == Celltyp.TEXT
                                    ? ColumnTextAlign.START
                                    : ColumnTextAlign.END);
        }
        grid.setPartNameGenerator(rad -> rad.summa() ? "sus-summa" : null);
        grid.setItems(tabell.rader());
        if (tabell.rader().size() <= ALLA_RADER_UPP_TILL) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("32em");
        }
        return grid;
    }

    private static Component etikett(Rad rad, boolean lankar) {
        if (lankar && rad.lank() != null) {
            return new Anchor(rad.lank(), rad.etikett());
        }
        Span text = new Span(rad.etikett());
        if (rad.summa()) {
            text.getStyle().set("font-weight", "bold");
        }
        return text;
    }

    /** A bar per row (the total row left out) of the table's chart columns, stacked when there are several. */
    private static java.util.Optional<Div> diagram(Rapporttabell tabell, Locale locale) {
        List<Rad> rader = tabell.rader().stream().filter(r -> !r.summa()).toList();
        if (tabell.diagram().isEmpty() || rader.isEmpty() || rader.size() > STAPLAR_UPP_TILL) {
            return java.util.Optional.empty();
        }
        List<String> delar = tabell.diagram().stream()
                .map(k -> tabell.kolumner().get(k).rubrik())
                .toList();
        StapelDiagram diagram = new StapelDiagram(tabell.rubrik(), delar, Rapportformat.SAKNAS);
        boolean heltal = true;
        for (Rad rad : rader) {
            List<Cell> celler = tabell.diagram().stream().map(rad.celler()::get).toList();
            heltal &= celler.stream()
                    .allMatch(c -> c.typ() == Celltyp.PERSONER
                            || c.typ() == Celltyp.ANTAL
                                    && c.varde() != null
                                    && c.varde().scale() <= 0);
            if (celler.stream().anyMatch(Cell::dold)) {
                diagram.utanVarde(rad.etikett(), Rapportformat.DOLD);
            } else if (celler.stream().anyMatch(c -> c.varde() == null)) {
                diagram.utanVarde(rad.etikett(), Rapportformat.SAKNAS);
            } else {
                diagram.rad(
                        rad.etikett(),
                        celler.stream()
                                .map(Cell::varde)
                                .map(Tabellvy::ickeNegativ)
                                .toList(),
                        false);
            }
        }
        if (heltal) {
            diagram.heltal();
        }
        Div yta = new Div(diagram.svg());
        yta.addClassName("sus-diagram");
        return java.util.Optional.of(yta);
    }

    /** Bars cannot be negative; a negative change is shown in the table only. */
    private static BigDecimal ickeNegativ(BigDecimal v) {
        return v.signum() < 0 ? BigDecimal.ZERO : v;
    }
}
