package se.finsam.sus.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.audit.AuditFilter;
import se.finsam.sus.audit.AuditRad;
import se.finsam.sus.audit.AuditService;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.TimeConfig;
import se.finsam.sus.base.ui.Tabell;

/**
 * The audit log for the system administrator: searchable by date range, user, action and record type, newest first, and
 * exportable as CSV. Audit rows never hold identity numbers: records are named by their ids.
 */
@Route("admin/logg")
@RolesAllowed(Roller.SYSTEMADMINISTRATOR)
@Menu(title = "meny.logg", order = 90, icon = "vaadin:records")
public class AuditLoggView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TID = TimeConfig.TIDPUNKT;

    private final DatePicker fran = new DatePicker();
    private final DatePicker till = new DatePicker();
    private final TextField anvandare = new TextField();
    private final ComboBox<AuditAtgard> atgard = new ComboBox<>();
    private final TextField objekttyp = new TextField();
    private final ConfigurableFilterDataProvider<AuditRad, Void, AuditFilter> data;

    public AuditLoggView(AuditService audit) {
        setSizeFull();
        fran.setLabel(getTranslation("logg.fran"));
        till.setLabel(getTranslation("logg.till"));
        anvandare.setLabel(getTranslation("logg.anvandare"));
        anvandare.setValueChangeMode(ValueChangeMode.LAZY);
        atgard.setLabel(getTranslation("logg.atgard"));
        objekttyp.setLabel(getTranslation("logg.objekttyp"));
        objekttyp.setId("logg-objekttyp");
        objekttyp.setValueChangeMode(ValueChangeMode.LAZY);
        atgard.setItems(AuditAtgard.values());
        atgard.setItemLabelGenerator(this::atgard);
        atgard.setClearButtonVisible(true);

        DataProvider<AuditRad, AuditFilter> provider = DataProvider.fromFilteringCallbacks(
                q -> audit.sok(q.getFilter().orElse(AuditFilter.ALLA), VaadinSpringDataHelpers.toSpringPageRequest(q)),
                q -> (int) audit.rakna(q.getFilter().orElse(AuditFilter.ALLA)));
        data = provider.withConfigurableFilter();

        Grid<AuditRad> grid = Tabell.ny();
        grid.setId("audit-logg");
        grid.addColumn(r -> TID.format(r.tidpunkt()))
                .setHeader(getTranslation("logg.tidpunkt"))
                .setAutoWidth(true);
        grid.addColumn(AuditRad::anvandare).setHeader(getTranslation("logg.anvandare"));
        grid.addColumn(r -> atgard(r.atgard()))
                .setHeader(getTranslation("logg.atgard"))
                .setTooltipGenerator(r -> r.atgard().name())
                .setKey("atgard");
        grid.addColumn(r -> r.objekttyp() == null ? "" : r.objekttyp() + " " + r.objektId())
                .setHeader(getTranslation("logg.objekt"));
        grid.addColumn(AuditRad::adress).setHeader(getTranslation("logg.adress"));
        grid.addColumn(AuditRad::detaljer).setHeader(getTranslation("logg.detaljer"));
        grid.setItems(data);

        fran.addValueChangeListener(e -> filtrera());
        till.addValueChangeListener(e -> filtrera());
        anvandare.addValueChangeListener(e -> filtrera());
        atgard.addValueChangeListener(e -> filtrera());
        objekttyp.addValueChangeListener(e -> filtrera());

        Anchor export = new Anchor(nedladdning(audit), getTranslation("logg.exportera-csv"));
        export.setId("exportera-logg");
        HorizontalLayout filter = new HorizontalLayout(fran, till, anvandare, atgard, objekttyp, export);
        filter.setAlignItems(Alignment.BASELINE);
        add(new H1(getTranslation("logg.rubrik")), filter, grid);
    }

    /** The rows matching the current filter as CSV. */
    private DownloadHandler nedladdning(AuditService audit) {
        return event -> {
            event.setFileName("sus-logg-" + LocalDate.now(TimeConfig.SWEDEN) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            Writer ut = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            ut.write('\uFEFF'); // so that spreadsheet programs read the file as UTF-8
            audit.exporteraCsv(aktuelltFilter(), ut);
        };
    }

    private void filtrera() {
        data.setFilter(aktuelltFilter());
    }

    private AuditFilter aktuelltFilter() {
        return new AuditFilter(
                start(fran.getValue()),
                till.getValue() == null ? null : start(till.getValue().plusDays(1)),
                anvandare.getValue(),
                atgard.getValue(),
                objekttyp.getValue());
    }

    private static Instant start(LocalDate dag) {
        return dag == null ? null : dag.atStartOfDay(TimeConfig.SWEDEN).toInstant();
    }

    /** The action in words; the code stays in the tooltip and the CSV export, where searches and scripts use it. */
    String atgard(AuditAtgard a) {
        return getTranslation("logg.atgard." + a.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("logg.rubrik");
    }
}
