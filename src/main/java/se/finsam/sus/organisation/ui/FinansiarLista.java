package se.finsam.sus.organisation.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
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
import se.finsam.sus.organisation.Belopp;
import se.finsam.sus.organisation.FinansiarMedel;
import se.finsam.sus.organisation.FinansiarTyp;

/** The medel per finansiär of a samverkansbudget year: one row per finansiär, rows added and removed freely. */
final class FinansiarLista extends VerticalLayout {

    private record Rad(Binder<FinansiarRad> binder, HorizontalLayout layout) {}

    private static final class FinansiarRad {
        String namn;
        FinansiarTyp typ;
        BigDecimal belopp;
    }

    private final VerticalLayout rader = new VerticalLayout();
    private final List<Rad> lista = new ArrayList<>();

    /** With the given rows, or one empty row when there are none yet ({@code medel} null). */
    FinansiarLista(List<FinansiarMedel> medel) {
        setPadding(false);
        rader.setPadding(false);
        if (medel == null) {
            laggTill(null);
        } else {
            medel.forEach(this::laggTill);
        }
        Button ny = new Button(t("budget.lagg-till-finansiar"), VaadinIcon.PLUS.create(), e -> laggTill(null));
        ny.setId("lagg-till-finansiar");
        add(new H3(t("budget.finansiarer")), rader, ny);
    }

    /** The rows; empty (with the fields marked) when a row breaks a rule. */
    Optional<List<FinansiarMedel>> las() {
        boolean giltig = true;
        List<FinansiarMedel> medel = new ArrayList<>();
        for (Rad rad : lista) {
            FinansiarRad fr = new FinansiarRad();
            giltig &= rad.binder().writeBeanIfValid(fr);
            medel.add(new FinansiarMedel(fr.namn, fr.typ, fr.belopp));
        }
        return giltig ? Optional.of(medel) : Optional.empty();
    }

    private void laggTill(FinansiarMedel medel) {
        Binder<FinansiarRad> binder = new Binder<>();
        TextField namn = new TextField(t("budget.finansiar"));
        ComboBox<FinansiarTyp> typ = new ComboBox<>(t("budget.finansiar-typ"));
        typ.setItems(FinansiarTyp.values());
        typ.setItemLabelGenerator(f -> t("finansiartyp." + f.name()));
        BigDecimalField belopp = new BigDecimalField(t("budget.belopp"));
        binder.forField(namn).asRequired(t("budget.fel.finansiar")).bind(r -> r.namn, (r, v) -> r.namn = v);
        binder.forField(typ).asRequired(t("budget.fel.finansiar")).bind(r -> r.typ, (r, v) -> r.typ = v);
        binder.forField(belopp)
                .withValidator(Belopp::arGiltigt, t("budget.fel.belopp"))
                .bind(r -> r.belopp, (r, v) -> r.belopp = v);
        FinansiarRad start = new FinansiarRad();
        if (medel != null) {
            start.namn = medel.finansiar();
            start.typ = medel.typ();
            start.belopp = medel.belopp();
        }
        binder.readBean(start);
        HorizontalLayout layout = new HorizontalLayout(namn, typ, belopp);
        Rad rad = new Rad(binder, layout);
        Button bort = new Button(VaadinIcon.TRASH.create(), e -> {
            lista.remove(rad);
            layout.removeFromParent();
        });
        bort.setAriaLabel(t("allmant.ta-bort"));
        layout.add(bort);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        lista.add(rad);
        rader.add(layout);
    }
}
