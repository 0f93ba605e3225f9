package se.finsam.sus.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The grid columns every list view writes: a column with a translated header, and a column of links that open one
 * record (a view addressed by {@code id}, see {@link PostVy}).
 */
public final class Tabell {

    private Tabell() {}

    /** A column with the translated header {@code rubrik}, as wide as its content. */
    public static <T> Grid.Column<T> kolumn(Grid<T> grid, ValueProvider<T, ?> varde, String rubrik) {
        return grid.addColumn(varde).setHeader(grid.getTranslation(rubrik)).setAutoWidth(true);
    }

    /**
     * A column of links named {@code text} that open the row's record in {@code vy}, with the translated header
     * {@code rubrik}, as wide as its content.
     */
    public static <T> Grid.Column<T> lankar(
            Grid<T> grid,
            Function<T, String> text,
            Class<? extends Component> vy,
            ToLongFunction<T> id,
            String rubrik) {
        return grid.addComponentColumn(r -> lank(text.apply(r), vy, id.applyAsLong(r)))
                .setHeader(grid.getTranslation(rubrik))
                .setAutoWidth(true);
    }

    /** A link named {@code text} to the record {@code id} in the view {@code vy}. */
    public static RouterLink lank(String text, Class<? extends Component> vy, long id) {
        return new RouterLink(text, vy, adress(id));
    }

    /** Navigates from {@code fran} to the record {@code id} in the view {@code vy} (e.g. a record just created). */
    public static void oppna(Component fran, Class<? extends Component> vy, long id) {
        fran.getUI().ifPresent(ui -> ui.navigate(vy, adress(id)));
    }

    private static RouteParameters adress(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }
}
