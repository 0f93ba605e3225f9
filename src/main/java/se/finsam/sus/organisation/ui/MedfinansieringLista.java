package se.finsam.sus.organisation.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.finsam.sus.organisation.Medfinansiering;

/**
 * The other financiers of one insatsbudget year (ESF, another authority): one row per financier with name, budget
 * and utfall, rows added and removed freely. A refusal that concerns the rows as a whole (their budget above the
 * year's total, a name given twice) is shown under them: the list is the field {@link se.finsam.sus.base.ui.Faltfel}
 * marks.
 */
final class MedfinansieringLista extends VerticalLayout implements HasValidation {

    /** The longest name the database takes. */
    static final int NAMN_MAX = 200;

    private record Rad(Binder<MedfinansieringRad> binder, HorizontalLayout layout) {}

    private static final class MedfinansieringRad {
        String namn;
        BigDecimal budget;
        BigDecimal utfall;
    }

    private final VerticalLayout rader = new VerticalLayout();
    private final List<Rad> lista = new ArrayList<>();
    private final Paragraph fel = new Paragraph();
    private int nasta;
    private boolean ogiltig;

    MedfinansieringLista(List<Medfinansiering> medfinansiering) {
        setId("medfinansiering");
        setPadding(false);
        rader.setPadding(false);
        medfinansiering.forEach(this::laggTill);
        Button ny = new Button(t("medfinansiering.lagg-till"), VaadinIcon.PLUS.create(), e -> laggTill(null));
        ny.setId("lagg-till-medfinansiar");
        fel.setId("medfinansiering-fel");
        fel.addClassName("sus-fel");
        fel.getElement().setAttribute("role", "alert");
        fel.setVisible(false);
        add(new H3(t("medfinansiering.rubrik")), new Paragraph(t("medfinansiering.hjalp")), rader, fel, ny);
    }

    /** The rows; empty (with the fields marked) when a row breaks a rule. */
    Optional<List<Medfinansiering>> las() {
        boolean giltig = true;
        List<Medfinansiering> medfinansiering = new ArrayList<>();
        for (Rad rad : lista) {
            MedfinansieringRad r = new MedfinansieringRad();
            giltig &= rad.binder().writeBeanIfValid(r);
            medfinansiering.add(new Medfinansiering(r.namn, r.budget, r.utfall));
        }
        return giltig ? Optional.of(medfinansiering) : Optional.empty();
    }

    private void laggTill(Medfinansiering m) {
        int nr = nasta++;
        Binder<MedfinansieringRad> binder = new Binder<>();
        TextField namn = new TextField(t("medfinansiering.finansiar"));
        namn.setId("medfinansiar-namn-" + nr);
        namn.setMaxLength(NAMN_MAX);
        binder.forField(namn)
                .asRequired(t("insats.fel.finansiar-namn"))
                .withValidator(v -> v.strip().length() <= NAMN_MAX, t("budget.fel.medfinansiar-langd", NAMN_MAX))
                .bind(r -> r.namn, (r, v) -> r.namn = v);
        BigDecimalField budget = Beloppsfalt.belopp(
                binder, "medfinansiar-budget-" + nr, "medfinansiering.budget", r -> r.budget, (r, v) -> r.budget = v);
        BigDecimalField utfall = Beloppsfalt.belopp(
                binder, "medfinansiar-utfall-" + nr, "medfinansiering.utfall", r -> r.utfall, (r, v) -> r.utfall = v);
        MedfinansieringRad start = new MedfinansieringRad();
        if (m != null) {
            start.namn = m.finansiar();
            start.budget = m.budget();
            start.utfall = m.utfall();
        }
        binder.readBean(start);
        HorizontalLayout layout = new HorizontalLayout(namn, budget, utfall);
        Rad rad = new Rad(binder, layout);
        Button bort = new Button(VaadinIcon.TRASH.create(), e -> {
            lista.remove(rad);
            layout.removeFromParent();
        });
        bort.setId("medfinansiar-ta-bort-" + nr);
        bort.setAriaLabel(t("allmant.ta-bort"));
        layout.add(bort);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        lista.add(rad);
        rader.add(layout);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        fel.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return fel.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        ogiltig = invalid;
        fel.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return ogiltig;
    }
}
