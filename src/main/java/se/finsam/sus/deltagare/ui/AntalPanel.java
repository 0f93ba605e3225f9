package se.finsam.sus.deltagare.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.finsam.sus.base.ui.Faltfel;
import se.finsam.sus.base.ui.SparaDialog;
import se.finsam.sus.base.ui.Tabell;
import se.finsam.sus.deltagare.DeltagarAntal;
import se.finsam.sus.deltagare.DeltagarAntalService;

/**
 * The anonymous participant counts of an insats per calendar year (women, men, other/unknown): participants
 * without consent or with skyddad identitet, and all participants of count-only insatser.
 */
class AntalPanel extends VerticalLayout {

    static final class Formular {
        Integer ar;
        Integer kvinnor = 0;
        Integer man = 0;
        Integer ovriga = 0;
    }

    private final transient DeltagarAntalService deltagare;
    private final long insatsId;
    private final LocalDate idag;
    final Grid<DeltagarAntal> grid = Tabell.ny();

    AntalPanel(DeltagarAntalService deltagare, long insatsId, boolean individuell, LocalDate idag) {
        this.deltagare = deltagare;
        this.insatsId = insatsId;
        this.idag = idag;
        setPadding(false);
        setId("antal");
        add(
                new H2(t("deltagare.vy.antal")),
                new Paragraph(t(individuell ? "deltagare.vy.antal-text" : "deltagare.vy.antal-text-volym")));
        grid.setId("antal-grid");
        grid.addColumn(DeltagarAntal::ar).setHeader(t("deltagare.vy.ar")).setAutoWidth(true);
        grid.addColumn(DeltagarAntal::kvinnor).setHeader(t("deltagare.vy.kvinnor"));
        grid.addColumn(DeltagarAntal::man).setHeader(t("deltagare.vy.man"));
        grid.addColumn(DeltagarAntal::ovriga).setHeader(t("deltagare.vy.ovriga"));
        grid.addColumn(DeltagarAntal::totalt).setHeader(t("deltagare.vy.totalt"));
        Tabell.atgarder(grid, a -> {
            Button andra = new Button(t("deltagare.vy.andra"), e -> oppna(a));
            andra.getElement().setAttribute("aria-label", t("deltagare.vy.andra-antal", a.ar()));
            return andra;
        });
        grid.setAllRowsVisible(true);
        Button ny = new Button(t("deltagare.vy.antal-nytt-ar"), e -> oppna(null));
        ny.setId("antal-nytt-ar");
        add(grid, ny);
        ladda();
    }

    private void ladda() {
        grid.setItems(deltagare.antal(insatsId));
    }

    private void oppna(DeltagarAntal befintlig) {
        Binder<Formular> binder = new Binder<>();
        IntegerField ar = new IntegerField(t("deltagare.vy.ar"));
        ar.setId("antal-ar");
        IntegerField kvinnor = antalFalt("antal-kvinnor", "deltagare.vy.kvinnor");
        IntegerField man = antalFalt("antal-man", "deltagare.vy.man");
        IntegerField ovriga = antalFalt("antal-ovriga", "deltagare.vy.ovriga");
        binder.forField(ar)
                .asRequired(t("deltagare.fel.antal-ar"))
                .withValidator(v -> v == null || v <= idag.getYear(), t("deltagare.fel.antal-ar"))
                .bind(f -> f.ar, (f, v) -> f.ar = v);
        antal(binder, kvinnor, f -> f.kvinnor, (f, v) -> f.kvinnor = v);
        antal(binder, man, f -> f.man, (f, v) -> f.man = v);
        antal(binder, ovriga, f -> f.ovriga, (f, v) -> f.ovriga = v);
        Formular start = new Formular();
        if (befintlig == null) {
            List<DeltagarAntal> sparade = deltagare.antal(insatsId);
            start.ar = sparade.stream().noneMatch(a -> a.ar() == idag.getYear())
                    ? idag.getYear()
                    : sparade.stream().mapToInt(DeltagarAntal::ar).max().orElse(idag.getYear()) + 1;
        } else {
            start.ar = befintlig.ar();
            start.kvinnor = befintlig.kvinnor();
            start.man = befintlig.man();
            start.ovriga = befintlig.ovriga();
            ar.setReadOnly(true);
        }
        binder.readBean(start);
        Faltfel faltfel = new Faltfel().falt(ar, "deltagare.fel.antal-ar");
        FormLayout form = new FormLayout(ar, kvinnor, man, ovriga);
        new SparaDialog<DeltagarAntal>(
                        "antal-dialog",
                        t(befintlig == null ? "deltagare.vy.antal-nytt-ar" : "deltagare.vy.andra-antal", start.ar),
                        form,
                        () -> {
                            faltfel.rensa();
                            Formular f = new Formular();
                            return binder.writeBeanIfValid(f)
                                    ? Optional.of(new DeltagarAntal(
                                            insatsId,
                                            f.ar,
                                            noll(f.kvinnor),
                                            noll(f.man),
                                            noll(f.ovriga),
                                            befintlig == null ? null : befintlig.version()))
                                    : Optional.empty();
                        },
                        deltagare::sparaAntal,
                        faltfel::visa,
                        this::ladda)
                .open();
    }

    private static void antal(
            Binder<Formular> binder,
            IntegerField falt,
            ValueProvider<Formular, Integer> las,
            Setter<Formular, Integer> skriv) {
        binder.forField(falt)
                .withValidator(v -> v == null || v >= 0, t("deltagare.fel.antal-negativ"))
                .bind(las, skriv);
    }

    private static int noll(Integer v) {
        return v == null ? 0 : v;
    }

    private static IntegerField antalFalt(String id, String etikett) {
        IntegerField falt = new IntegerField(t(etikett));
        falt.setId(id);
        falt.setMin(0);
        falt.setStepButtonsVisible(true);
        return falt;
    }
}
