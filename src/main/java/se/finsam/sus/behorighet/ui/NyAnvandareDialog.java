package se.finsam.sus.behorighet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.ui.Faltfel;
import se.finsam.sus.base.ui.Sparning;
import se.finsam.sus.behorighet.AnvandarAdministration;
import se.finsam.sus.behorighet.Arbetsgivare;
import se.finsam.sus.behorighet.NyAnvandare;

/** Creating a user: the service checks every rule; a broken one is shown in the dialog and nothing is saved. */
class NyAnvandareDialog extends Dialog {

    final TextField anvandarnamn = new TextField();
    final TextField namn = new TextField();
    final ComboBox<Arbetsgivare> arbetsgivare = new ComboBox<>();
    final TextField arbetsgivareNamn = new TextField();
    final CheckboxGroup<Roll> roller = new CheckboxGroup<>();
    final PasswordField losenord = new PasswordField();
    final Paragraph fel = new Paragraph();
    final Button spara;

    /** The system administrator's: any employer, any role. */
    NyAnvandareDialog(AnvandarAdministration administration, Runnable efterSparat) {
        this(administration::skapa, List.of(Roll.values()), null, efterSparat);
    }

    /**
     * {@code skapa} saves; {@code rollval}: the roles offered; {@code fastArbetsgivare}: the employer, shown but not
     * changeable (a behörighetsadministratör's own), or null to choose one.
     */
    NyAnvandareDialog(
            ToLongFunction<NyAnvandare> skapa, List<Roll> rollval, String fastArbetsgivare, Runnable efterSparat) {
        setHeaderTitle(getTranslation("anvandare.ny"));
        anvandarnamn.setLabel(getTranslation("anvandare.anvandarnamn"));
        anvandarnamn.setRequired(true);
        namn.setLabel(getTranslation("anvandare.namn"));
        namn.setRequired(true);
        BehorighetUi.enumval(
                arbetsgivare,
                getTranslation("anvandare.arbetsgivare"),
                "arbetsgivare.",
                List.of(Arbetsgivare.values()));
        arbetsgivare.setRequired(true);
        arbetsgivareNamn.setLabel(getTranslation("anvandare.arbetsgivare-namn"));
        roller.setLabel(getTranslation("anvandare.roller"));
        roller.setItems(rollval);
        roller.setItemLabelGenerator(r -> getTranslation("roll." + r.name()));
        losenord.setLabel(getTranslation("anvandare.startlosenord"));
        losenord.setHelperText(getTranslation("losenord.regler", 12));
        fel.addClassName("sus-fel");
        fel.setId("ny-anvandare-fel");

        // Every broken rule at its field at once; a rule of several fields (role and employer) below the form.
        Faltfel faltfel = new Faltfel()
                .falt(anvandarnamn, "anvandare.fel.anvandarnamn", "anvandare.fel.upptaget")
                .falt(namn, "anvandare.fel.namn")
                .falt(arbetsgivare, "anvandare.fel.arbetsgivare")
                .falt(roller, "anvandare.fel.ingen-roll")
                .falt(losenord, "losenord.fel.for-kort", "losenord.fel.vanligt", "losenord.fel.anvandarnamn")
                .ovrigaVisas(ex ->
                        fel.setText(String.join(" ", fel.getText(), getTranslation(ex.nyckel(), ex.argument()))
                                .strip()));
        spara = new Button(getTranslation("allmant.spara"), e -> {
            faltfel.rensa();
            fel.setText("");
            new Sparning()
                    .felVisas(faltfel)
                    .sedan(() -> {
                        close();
                        efterSparat.run();
                    })
                    .utfor(() -> skapa.applyAsLong(new NyAnvandare(
                            anvandarnamn.getValue(),
                            namn.getValue(),
                            fastArbetsgivare == null ? arbetsgivare.getValue() : null,
                            fastArbetsgivare == null ? arbetsgivareNamn.getValue() : null,
                            Set.copyOf(roller.getValue()),
                            losenord.getValue())));
        });
        spara.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button avbryt = new Button(getTranslation("allmant.avbryt"), e -> close());

        FormLayout form = new FormLayout(anvandarnamn, namn, arbetsgivare, arbetsgivareNamn, roller, losenord);
        if (fastArbetsgivare != null) {
            // The service puts the user at the administrator's own employer; shown here, not chosen.
            TextField fast = new TextField(getTranslation("anvandare.arbetsgivare"));
            fast.setValue(fastArbetsgivare);
            fast.setReadOnly(true);
            form = new FormLayout(anvandarnamn, namn, fast, roller, losenord);
        }
        add(form, fel);
        getFooter().add(avbryt, spara);
    }
}
