package se.finsam.sus.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Every grid of the application and the columns list views write: the grid itself ({@link #ny()}), a column with a
 * translated header, a column of buttons with a header of its own, and a column of links that open one record (a
 * view addressed by {@code id}, see {@link PostVy}).
 */
public final class Tabell {

    /** The header of a column of buttons: a header cell without text is an empty table header to a screen reader. */
    public static final String ATGARDER = "tabell.atgarder";

    /** What an empty grid says instead of showing a blank box. */
    public static final String TOM = "tabell.tom";

    private Tabell() {}

    /**
     * A new grid, the only way views make one ({@code ArkitekturTest}): every column is as wide as its content and
     * text that still does not fit wraps instead of being cut ("4 000 000,…"), and an empty grid says so.
     */
    public static <T> Grid<T> ny() {
        return new Rutnat<>();
    }

    /**
     * A column of buttons or other controls, with the translated header "Åtgärder" so that the column has a name;
     * give it a key where tests or the view look it up.
     */
    public static <T> Grid.Column<T> atgarder(Grid<T> grid, ValueProvider<T, ? extends Component> knappar) {
        return grid.addColumn(new ComponentRenderer<>(knappar::apply)).setHeader(grid.getTranslation(ATGARDER));
    }

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

    /** The grid {@link #ny()} makes: the defaults every grid of the application shares. */
    private static final class Rutnat<T> extends Grid<T> {

        Rutnat() {
            addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            setEmptyStateText(getTranslation(TOM));
        }

        /** Every column starts as wide as its content; a view may still give one a width of its own. */
        @Override
        protected Column<T> createColumn(Renderer<T> renderer, String columnId) {
            return super.createColumn(renderer, columnId).setAutoWidth(true);
        }
    }
}
