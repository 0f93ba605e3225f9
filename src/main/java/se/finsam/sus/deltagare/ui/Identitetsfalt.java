package se.finsam.sus.deltagare.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;
import java.time.LocalDate;
import se.finsam.sus.base.Identitetsnummer;
import se.finsam.sus.base.ValideringsException;

/** Checks an entered identity number with the service's own rules and messages, at the field. */
final class Identitetsfalt {

    private Identitetsfalt() {}

    static ValidationResult validera(String text, LocalDate idag) {
        try {
            Identitetsnummer.tolka(text, idag);
            return ValidationResult.ok();
        } catch (ValideringsException e) {
            return ValidationResult.error(t(e.nyckel(), e.argument()));
        }
    }

    /** Marks the field with the specific message when the number is invalid; true when it is valid. */
    static boolean kontrollera(TextField falt, LocalDate idag) {
        ValidationResult resultat = validera(falt.getValue(), idag);
        falt.setErrorMessage(resultat.isError() ? resultat.getErrorMessage() : null);
        falt.setInvalid(resultat.isError());
        return !resultat.isError();
    }
}
