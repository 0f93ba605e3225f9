package se.finsam.sus.behorighet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.ui.Sparning;
import se.finsam.sus.base.ui.Tabell;
import se.finsam.sus.behorighet.AnvandarVal;
import se.finsam.sus.behorighet.Bestallningar;
import se.finsam.sus.behorighet.Omfattning;
import se.finsam.sus.behorighet.SusPrincipal;
import se.finsam.sus.behorighet.UppdragAdministration;
import se.finsam.sus.behorighet.UppdragRad;
import se.finsam.sus.behorighet.UppdragStatus;

/**
 * The uppdrag of one organisation or insats, with giving, renewing, delegating and ending. Shown only to users
 * the service lets read them; what each may give is decided by the service, which says why when it refuses.
 */
public class UppdragPanel extends VerticalLayout {

    /** Gives an uppdrag: user name, role, start, end, deputy (may be null). */
    @FunctionalInterface
    interface Givare {
        long ge(String anvandarnamn, Roll roll, LocalDate start, LocalDate slut, String ersattare);
    }

    private static final List<Roll> ORGANISATIONSROLLER =
            List.of(Roll.INSATSANSVARIG, Roll.SAMVERKANSADMINISTRATOR, Roll.RAPPORTLASARE);
    private static final List<Roll> INSATSROLLER = List.of(Roll.DELTAGARANSVARIG, Roll.INSATSANSVARIG);

    private final transient UppdragAdministration administration;
    private final transient Supplier<List<UppdragRad>> lista;
    final Grid<UppdragRad> grid = Tabell.ny();
    final ComboBox<Roll> roll = new ComboBox<>();
    final ComboBox<AnvandarVal> anvandare = new ComboBox<>();
    final ComboBox<AnvandarVal> ersattare = new ComboBox<>();
    final DatePicker start = new DatePicker();
    final DatePicker slut = new DatePicker();
    final Button ge = new Button();
    final Paragraph fel = new Paragraph();
    /** Asks an authority for an uppdrag for one of its staff (issue 12 #18); only for the förbund's roles. */
    final Button bestall = new Button();

    private UppdragPanel(
            UppdragAdministration administration,
            String rubrik,
            List<Roll> roller,
            Supplier<List<UppdragRad>> lista,
            Givare givare,
            Omfattning omfattning,
            long id) {
        this.administration = administration;
        this.lista = lista;
        setPadding(false);
        setId("uppdrag");
        add(new H2(getTranslation(rubrik)));

        grid.addColumn(UppdragRad::namn)
                .setHeader(getTranslation("uppdrag.anvandare"))
                .setAutoWidth(true);
        BehorighetUi.roll(grid);
        BehorighetUi.periodOchErsattare(grid);
        grid.addColumn(r ->
                        getTranslation(r.uppdrag().arAktiv(LocalDate.now()) ? "uppdrag.aktivt" : "uppdrag.ej-aktivt"))
                .setHeader(getTranslation("uppdrag.status"));
        Tabell.atgarder(grid, this::atgarder).setKey("atgarder");
        grid.setAllRowsVisible(true);
        add(grid);

        BehorighetUi.enumval(roll, getTranslation("uppdrag.roll"), "roll.", roller);
        roll.addValueChangeListener(e -> {
            List<AnvandarVal> val = e.getValue() == null ? List.of() : administration.anvandareMedRoll(e.getValue());
            anvandare.setItems(val);
            ersattare.setItems(val);
        });
        roll.setId("uppdrag-roll");
        BehorighetUi.anvandarval(anvandare, getTranslation("uppdrag.anvandare"));
        anvandare.setId("uppdrag-anvandare");
        BehorighetUi.anvandarval(ersattare, getTranslation("uppdrag.ersattare"));
        ersattare.setClearButtonVisible(true);
        BehorighetUi.period(start, slut);
        roll.setValue(roller.getFirst());
        ge.setText(getTranslation("uppdrag.ge"));
        ge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ge.setId("ge-uppdrag");
        ge.addClickListener(e -> utfor(() -> givare.ge(
                Optional.ofNullable(anvandare.getValue())
                        .map(AnvandarVal::anvandarnamn)
                        .orElse(""),
                roll.getValue(),
                start.getValue(),
                slut.getValue(),
                Optional.ofNullable(ersattare.getValue())
                        .map(AnvandarVal::anvandarnamn)
                        .orElse(null))));
        fel.addClassName("sus-fel");
        bestall.setText(getTranslation("bestallning.oppna"));
        bestall.setId("bestall-uppdrag");
        bestall.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // The service decides; the button offers only what the user's roles may ask for at all.
        List<Roll> bestallbara = bestallbara(omfattning);
        bestall.setVisible(!bestallbara.isEmpty());
        bestall.addClickListener(e -> {
            BestallningDialog dialog = new BestallningDialog(
                    VaadinService.getCurrent().getInstantiator().getOrCreate(Bestallningar.class),
                    omfattning,
                    id,
                    bestallbara);
            dialog.addOpenedChangeListener(o -> {
                if (!o.isOpened()) {
                    uppdatera();
                }
            });
            dialog.open();
        });
        HorizontalLayout form = new HorizontalLayout(roll, anvandare, start, slut, ersattare, ge, bestall);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(form, fel);
        uppdatera();
    }

    /**
     * The roles the user may ask an authority for here: a samverkansadministratör insatsansvariga (on the förbund or
     * an insats), an insatsansvarig deltagaransvariga (on an insats), as they may give them.
     */
    private static List<Roll> bestallbara(Omfattning omfattning) {
        Set<Roll> egna = SusPrincipal.aktuell().map(SusPrincipal::roller).orElse(Set.of());
        List<Roll> roller = new ArrayList<>();
        if (omfattning == Omfattning.INSATS && egna.contains(Roll.INSATSANSVARIG)) {
            roller.add(Roll.DELTAGARANSVARIG);
        }
        if (egna.contains(Roll.SAMVERKANSADMINISTRATOR)) {
            roller.add(Roll.INSATSANSVARIG);
        }
        return List.copyOf(roller);
    }

    /**
     * For an organisation page; empty when the user may not see its uppdrag. Asks first without auditing, so
     * that merely opening a page the user may read, but not administer, writes no refusal.
     */
    public static Optional<UppdragPanel> forOrganisation(UppdragAdministration administration, long id) {
        Givare givare =
                (namn, r, fran, till, ers) -> administration.geOrganisationsuppdrag(namn, r, id, fran, till, ers);
        return om(
                administration.farSeOrganisationensUppdrag(id),
                () -> new UppdragPanel(
                        administration,
                        "uppdrag.rubrik",
                        ORGANISATIONSROLLER,
                        () -> administration.forOrganisation(id),
                        givare,
                        Omfattning.ORGANISATION,
                        id));
    }

    /** For an insats page: connecting deltagaransvariga (and insatsansvariga); empty when not allowed. */
    public static Optional<UppdragPanel> forInsats(UppdragAdministration administration, long id) {
        Givare givare = (namn, r, fran, till, ers) -> administration.geInsatsuppdrag(namn, r, id, fran, till, ers);
        return om(
                administration.farSeInsatsensUppdrag(id),
                () -> new UppdragPanel(
                        administration,
                        "uppdrag.deltagaransvariga",
                        INSATSROLLER,
                        () -> administration.forInsats(id),
                        givare,
                        Omfattning.INSATS,
                        id));
    }

    /** The panel if the user may see it, and empty if the service refuses it after all. */
    private static Optional<UppdragPanel> om(boolean farSe, Supplier<UppdragPanel> panel) {
        if (!farSe) {
            return Optional.empty();
        }
        try {
            return Optional.of(panel.get());
        } catch (HittadesInteException | org.springframework.security.access.AccessDeniedException e) {
            return Optional.empty();
        }
    }

    private HorizontalLayout atgarder(UppdragRad r) {
        HorizontalLayout knappar = new HorizontalLayout();
        // Only what the service will allow: an insatsansvarig sees the samverkansadministratör's uppdrag too.
        if (r.uppdrag().status(LocalDate.now()) == UppdragStatus.AVSLUTAT || !administration.farAndra(r)) {
            return knappar;
        }
        Button forlang = knapp(
                "uppdrag.forlang",
                () -> administration.forlang(r.id(), LocalDate.now().plusYears(2)));
        Button avsluta = knapp("uppdrag.avsluta", () -> administration.avsluta(r.id()));
        avsluta.setId("avsluta-uppdrag-" + r.id());
        Button bytErsattare = new Button(getTranslation("uppdrag.byt-ersattare"), e -> bytErsattare(r));
        bytErsattare.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        bytErsattare.setId("byt-ersattare-" + r.id());
        knappar.add(forlang, avsluta, bytErsattare);
        if (r.ersattare() != null) {
            knappar.add(knapp(
                    r.delegerat() ? "uppdrag.aterta" : "uppdrag.delegera",
                    () -> administration.delegera(r.id(), !r.delegerat())));
        }
        return knappar;
    }

    /** Appoints another deputy (or none) for a running uppdrag; the service ends any delegation. */
    private void bytErsattare(UppdragRad r) {
        Dialog dialog = new Dialog(getTranslation("uppdrag.byt-ersattare") + " – " + r.namn());
        ComboBox<AnvandarVal> val = new ComboBox<>();
        BehorighetUi.anvandarval(val, getTranslation("uppdrag.ersattare"));
        val.setId("ny-ersattare");
        val.setItems(administration.anvandareMedRoll(r.uppdrag().roll()).stream()
                .filter(a -> !a.anvandarnamn().equals(r.anvandarnamn()))
                .toList());
        val.setClearButtonVisible(true);
        val.setHelperText(getTranslation("uppdrag.byt-ersattare-hjalp"));
        val.setWidthFull();
        Button spara = new Button(getTranslation("allmant.spara"), e -> {
            try {
                administration.bytErsattare(
                        r.id(),
                        Optional.ofNullable(val.getValue())
                                .map(AnvandarVal::anvandarnamn)
                                .orElse(null));
                dialog.close();
                Notification.show(getTranslation("allmant.sparat")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                uppdatera();
            } catch (ValideringsException fel) {
                val.setErrorMessage(getTranslation(fel.nyckel(), fel.argument()));
                val.setInvalid(true);
            } catch (HittadesInteException fel) {
                val.setErrorMessage(getTranslation("fel.hittades-inte-text"));
                val.setInvalid(true);
            }
        });
        spara.setId("spara-ersattare");
        spara.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(val);
        dialog.getFooter().add(new Button(getTranslation("allmant.avbryt"), e -> dialog.close()), spara);
        dialog.open();
    }

    private Button knapp(String nyckel, Runnable handling) {
        Button b = new Button(
                getTranslation(nyckel),
                e -> utfor(() -> {
                    handling.run();
                    return 0L;
                }));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private void utfor(Supplier<Long> handling) {
        fel.setText("");
        new Sparning()
                .felVisas(e -> fel.setText(getTranslation(e.nyckel(), e.argument())))
                .vid(HittadesInteException.class, e -> fel.setText(getTranslation("fel.hittades-inte-text")))
                // Two administrators changed the same uppdrag at once: the list below is reloaded with the winner.
                .vidKonflikt(() -> fel.setText(getTranslation("uppdrag.konflikt")))
                .sedan(() -> {
                    Notification.show(getTranslation("allmant.sparat"))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    anvandare.clear();
                    ersattare.clear();
                })
                .utfor(handling::get);
        uppdatera();
    }

    private void uppdatera() {
        grid.setItems(lista.get());
    }
}
