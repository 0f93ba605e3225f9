package se.finsam.sus.organisation.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.ui.Faltfel;
import se.finsam.sus.base.ui.Falthjalp;
import se.finsam.sus.base.ui.Meddelanden;
import se.finsam.sus.base.ui.Sparning;
import se.finsam.sus.base.ui.Tabell;
import se.finsam.sus.geografi.KommunInfo;
import se.finsam.sus.organisation.IngaendeOrganisation;
import se.finsam.sus.organisation.IngaendeRoll;
import se.finsam.sus.organisation.IngaendeTyp;
import se.finsam.sus.organisation.OrganisationDetalj;
import se.finsam.sus.organisation.OrganisationService;

/**
 * The ingående organisationer of a samverkansorganisation: a grid, and for those who may change the organisation
 * a row to add one and a remove button per row. Every add or remove is saved at once, under the organisation's
 * optimistic lock.
 */
class IngaendePanel extends VerticalLayout {

    private final transient OrganisationService organisationer;
    private final transient Consumer<OrganisationDetalj> sparad;
    private final transient Runnable laddaOm;
    private final Grid<IngaendeOrganisation> grid = Tabell.ny();
    private final ComboBox<IngaendeTyp> typ = new ComboBox<>(t("organisation.ingaende.typ"));
    private final ComboBox<String> kommun = new ComboBox<>(t("organisation.ingaende.kommun"));
    private final TextField region = new TextField(t("organisation.ingaende.region"));
    private final ComboBox<IngaendeRoll> roll = new ComboBox<>(t("organisation.ingaende.roll"));
    private final Div konflikt = new Div();
    private final Faltfel faltfel = new Faltfel();
    private OrganisationDetalj organisation;

    IngaendePanel(
            OrganisationService organisationer,
            OrganisationDetalj organisation,
            List<KommunInfo> allaKommuner,
            boolean farAndra,
            Consumer<OrganisationDetalj> sparad,
            Runnable laddaOm) {
        this.organisationer = organisationer;
        this.organisation = organisation;
        this.sparad = sparad;
        this.laddaOm = laddaOm;
        setPadding(false);
        setId("ingaende-panel");
        add(new H2(t("organisation.ingaende")));

        grid.setId("ingaende");
        grid.addColumn(o -> t("ingaende-typ." + o.typ().name()))
                .setHeader(t("organisation.ingaende.typ"))
                .setAutoWidth(true);
        grid.addColumn(o -> o.namn() == null ? "" : o.namn())
                .setHeader(t("organisation.ingaende.namn"))
                .setFlexGrow(2);
        grid.addColumn(o -> t("ingaende-roll." + o.roll().name()))
                .setHeader(t("organisation.ingaende.roll"))
                .setAutoWidth(true);
        if (farAndra) {
            Tabell.atgarder(grid, o -> {
                        Button taBort = new Button(t("organisation.ingaende.ta-bort"), e -> taBort(o));
                        taBort.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                        return taBort;
                    })
                    .setKey("ta-bort");
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(t("organisation.ingaende.tom"));
        grid.setItems(organisation.ingaende());
        add(grid, konflikt);

        if (farAndra) {
            Map<String, String> namn =
                    allaKommuner.stream().collect(Collectors.toMap(KommunInfo::kod, KommunInfo::namn));
            // The organisation's own kommuner first, then the rest alphabetically.
            List<String> koder = allaKommuner.stream()
                    .sorted(Comparator.comparing((KommunInfo k) ->
                                    !organisation.kommunKoder().contains(k.kod()))
                            .thenComparing(KommunInfo::namn))
                    .map(KommunInfo::kod)
                    .toList();
            typ.setId("ingaende-typ");
            typ.setItems(IngaendeTyp.values());
            typ.setItemLabelGenerator(v -> t("ingaende-typ." + v.name()));
            kommun.setId("ingaende-kommun");
            kommun.setItems(koder);
            kommun.setItemLabelGenerator(k -> namn.getOrDefault(k, k) + " (" + k + ")");
            kommun.setHelperText(t("organisation.ingaende.kommun-hjalp"));
            region.setId("ingaende-region");
            roll.setId("ingaende-roll");
            Falthjalp.text(roll, "ingaende-roll");
            roll.setItems(IngaendeRoll.values());
            roll.setItemLabelGenerator(v -> t("ingaende-roll." + v.name()));
            typ.addValueChangeListener(e -> visaNamnfalt());
            visaNamnfalt();
            Button laggTill = new Button(t("organisation.ingaende.lagg-till"), e -> laggTill());
            laggTill.setId("lagg-till-ingaende");
            HorizontalLayout rad = new HorizontalLayout(typ, kommun, region, roll, laggTill);
            rad.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            rad.setWrap(true);
            add(rad);
        }
    }

    private void visaNamnfalt() {
        kommun.setVisible(typ.getValue() == IngaendeTyp.KOMMUN);
        region.setVisible(typ.getValue() == IngaendeTyp.REGION);
    }

    private void laggTill() {
        faltfel.rensa();
        IngaendeOrganisation ny = new IngaendeOrganisation(
                typ.getValue(),
                typ.getValue() == IngaendeTyp.KOMMUN ? kommun.getValue() : null,
                typ.getValue() == IngaendeTyp.REGION ? region.getValue() : null,
                roll.getValue());
        List<IngaendeOrganisation> lista = new ArrayList<>(organisation.ingaende());
        lista.add(ny);
        if (spara(lista)) {
            kommun.clear();
            region.clear();
        }
    }

    private void taBort(IngaendeOrganisation o) {
        faltfel.rensa();
        List<IngaendeOrganisation> lista = new ArrayList<>(organisation.ingaende());
        lista.remove(o);
        spara(lista);
    }

    private boolean spara(List<IngaendeOrganisation> lista) {
        return new Sparning()
                .felVisas(this::visaFel)
                .konfliktI(konflikt, laddaOm)
                .sedan(() -> {
                    grid.setItems(organisation.ingaende());
                    Meddelanden.sparat();
                    sparad.accept(organisation);
                })
                .utfor(() ->
                        organisation = organisationer.sparaIngaende(organisation.id(), organisation.version(), lista));
    }

    /** A refusal at its field; a refused name at the name field of the chosen type (or at the type). */
    private void visaFel(ValideringsException e) {
        HasValidation namn =
                typ.getValue() == IngaendeTyp.KOMMUN ? kommun : typ.getValue() == IngaendeTyp.REGION ? region : typ;
        faltfel.falt(typ, "organisation.fel.ingaende-typ")
                .falt(roll, "organisation.fel.ingaende-roll")
                .falt(
                        namn,
                        "organisation.fel.ingaende-namn",
                        "organisation.fel.ingaende-namn-langd",
                        "organisation.fel.kommun",
                        "organisation.fel.ingaende-dubblett")
                .visa(e);
    }
}
