package se.finsam.sus.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The earliest or latest date a date field accepts, with the message it shows when a date outside is typed. The
 * picker checks its own min and max before any form validator runs; without a message of its own the field turned
 * red without a word (issue 13: an exit date before the start date). The message goes into the picker's existing
 * i18n, so the language's month and day names stay.
 */
public final class Datumgrans {

    private Datumgrans() {}

    /** No date before {@code min}; {@code nyckel} is the message's i18n key. */
    public static void tidigast(DatePicker falt, LocalDate min, String nyckel) {
        falt.setMin(min);
        falt.setI18n(i18n(falt).setMinErrorMessage(falt.getTranslation(nyckel)));
    }

    /** No date after {@code max}; {@code nyckel} is the message's i18n key. */
    public static void senast(DatePicker falt, LocalDate max, String nyckel) {
        falt.setMax(max);
        falt.setI18n(i18n(falt).setMaxErrorMessage(falt.getTranslation(nyckel)));
    }

    private static DatePickerI18n i18n(DatePicker falt) {
        return Optional.ofNullable(falt.getI18n()).orElseGet(DatePickerI18n::new);
    }
}
