package se.finsam.sus.behorighet.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.List;
import se.finsam.sus.behorighet.AnvandarVal;
import se.finsam.sus.behorighet.UppdragRad;

/**
 * The parts behörighet's views share: pickers of a user or of a fixed set of values, an uppdrag's period, and
 * uppdrag grid columns.
 */
final class BehorighetUi {

    private BehorighetUi() {}

    /** A picker of fixed values, each shown by its translation {@code nyckelprefix + name()}. */
    static <E extends Enum<E>> void enumval(ComboBox<E> val, String etikett, String nyckelprefix, List<E> varden) {
        val.setLabel(etikett);
        val.setItems(varden);
        val.setItemLabelGenerator(v -> val.getTranslation(nyckelprefix + v.name()));
    }

    /** A user picker showing "Name (user name)". */
    static void anvandarval(ComboBox<AnvandarVal> val, String etikett) {
        val.setLabel(etikett);
        val.setItemLabelGenerator(a -> a.namn() + " (" + a.anvandarnamn() + ")");
    }

    /** Start and end date, from today for a year unless changed. */
    static void period(DatePicker start, DatePicker slut) {
        start.setLabel(start.getTranslation("uppdrag.start"));
        slut.setLabel(slut.getTranslation("uppdrag.slut"));
        start.setValue(LocalDate.now());
        slut.setValue(LocalDate.now().plusYears(1));
    }

    /** The role column. */
    static void roll(Grid<UppdragRad> grid) {
        grid.addColumn(r -> grid.getTranslation("roll." + r.uppdrag().roll().name()))
                .setHeader(grid.getTranslation("uppdrag.roll"));
    }

    /**
     * The scope column, "Insats: Unga in (Finsam Norra Stockholm)": the kind of scope and its name, the same on the
     * overview and the profile.
     */
    static Grid.Column<UppdragRad> omfattning(Grid<UppdragRad> grid) {
        return grid.addColumn(r -> omfattning(grid, r)).setHeader(grid.getTranslation("uppdrag.omfattning"));
    }

    static String omfattning(Component c, UppdragRad r) {
        String typ = c.getTranslation(
                "uppdrag.omfattning." + r.uppdrag().omfattning().name());
        return r.omfattningsnamn() == null ? typ : typ + ": " + r.omfattningsnamn();
    }

    /** Start, end and deputy columns; a delegated uppdrag says so after the deputy's name. */
    static void periodOchErsattare(Grid<UppdragRad> grid) {
        grid.addColumn(r -> r.uppdrag().startdatum()).setHeader(grid.getTranslation("uppdrag.start"));
        grid.addColumn(r -> r.uppdrag().slutdatum()).setHeader(grid.getTranslation("uppdrag.slut"));
        grid.addColumn(r -> r.ersattare() == null
                        ? ""
                        : r.ersattare()
                                + (r.delegerat()
                                        ? " ("
                                                + grid.getTranslation("uppdrag.delegerat")
                                                        .toLowerCase() + ")"
                                        : ""))
                .setHeader(grid.getTranslation("uppdrag.ersattare"));
    }
}
