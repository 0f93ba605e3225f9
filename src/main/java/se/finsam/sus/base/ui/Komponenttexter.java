package se.finsam.sus.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.ApplicationConstants;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.finsam.sus.base.Oversattningar;

/**
 * The texts of Vaadin's own components in the user's language, from the message bundles (keys
 * {@code komponent.*}): the date picker (month and day names, the week starting on Monday, dates written
 * {@code yyyy-MM-dd}, "Idag", "Avbryt" and its error messages), the upload ("Välj fil…", "Släpp filen här", its
 * errors and progress) and the password field's "Visa lösenord". Out of the box they speak English.
 *
 * <p>Views create these components as usual: every UI applies the texts to every such component in it, after each
 * navigation and before each response to the browser (so also to a dialog or panel added later). A component that
 * already has its own {@code i18n} keeps it; an upload's own texts are completed with the bundle's. Views that want
 * the texts up front (or build on them) use {@link #datum(Locale)} and {@link #upload(Locale)}.
 */
@org.springframework.stereotype.Component
public class Komponenttexter implements VaadinServiceInitListener {

    /** Marks a component already given its texts, so that each is done once. */
    private static final String KLAR = Komponenttexter.class.getName() + ".klar";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            ui.addAfterNavigationListener(n -> oversatt(ui));
        });
        // Every round trip of a UI ends with the texts applied to what it added (a dialog opened by a click).
        event.addRequestHandler((session, request, response) -> {
            efterRundtur(session, request);
            return false;
        });
    }

    /** On a round trip of a UI (a UIDL request), asks for the texts to be applied just before its response. */
    static void efterRundtur(VaadinSession session, VaadinRequest request) {
        if (session == null || !HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)) {
            return;
        }
        String uiId = request.getParameter(ApplicationConstants.UI_ID_PARAMETER);
        if (uiId == null || !uiId.matches("\\d{1,9}")) {
            return;
        }
        session.accessSynchronously(() -> {
            UI ui = session.getUIById(Integer.parseInt(uiId));
            if (ui != null) {
                foreSvar(ui);
            }
        });
    }

    /**
     * Applies the texts just before the UI's next response. In two steps: a dialog opened during the round trip
     * attaches itself in an execution of its own registered after this one, and what an execution registers runs
     * after the others already waiting, so the second step sees the dialog.
     */
    private static void foreSvar(UI ui) {
        ui.beforeClientResponse(ui, forsta -> ui.beforeClientResponse(ui, andra -> oversatt(ui)));
    }

    /** Gives every date picker, upload and password field in the UI (dialogs included) its texts, once. */
    public static void oversatt(UI ui) {
        Locale locale = ui.getLocale();
        oversatt(ui, locale);
    }

    private static void oversatt(Component komponent, Locale locale) {
        if (ComponentUtil.getData(komponent, KLAR) == null) {
            switch (komponent) {
                case DatePicker d -> {
                    if (d.getI18n() == null) {
                        d.setI18n(datum(locale));
                    }
                    ComponentUtil.setData(komponent, KLAR, Boolean.TRUE);
                }
                case Upload u -> {
                    u.setI18n(komplettera(u.getI18n(), upload(locale)));
                    ComponentUtil.setData(komponent, KLAR, Boolean.TRUE);
                }
                case PasswordField p -> {
                    p.getElement().setPropertyMap("i18n", Map.of("reveal", text(locale, "komponent.losenord.visa")));
                    ComponentUtil.setData(komponent, KLAR, Boolean.TRUE);
                }
                default -> {}
            }
        }
        komponent.getChildren().forEach(barn -> oversatt(barn, locale));
    }

    /** The date picker's texts: names, Monday first, {@code yyyy-MM-dd} (also read without dashes), errors. */
    public static DatePicker.DatePickerI18n datum(Locale locale) {
        List<String> format = lista(locale, "komponent.datum.format");
        return new DatePicker.DatePickerI18n()
                .setMonthNames(lista(locale, "komponent.datum.manader"))
                .setWeekdays(lista(locale, "komponent.datum.veckodagar"))
                .setWeekdaysShort(lista(locale, "komponent.datum.veckodagar-kort"))
                .setFirstDayOfWeek(Integer.parseInt(text(locale, "komponent.datum.forsta-veckodag")))
                .setDateFormats(
                        format.getFirst(), format.subList(1, format.size()).toArray(String[]::new))
                .setToday(text(locale, "komponent.datum.idag"))
                .setCancel(text(locale, "komponent.datum.avbryt"))
                .setBadInputErrorMessage(text(locale, "komponent.datum.ogiltigt"))
                .setMinErrorMessage(text(locale, "komponent.datum.for-tidigt"))
                .setMaxErrorMessage(text(locale, "komponent.datum.for-sent"));
    }

    /** The upload's texts: buttons, drop hint, errors, progress and units. */
    public static UploadI18N upload(Locale locale) {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(text(locale, "komponent.upload.slapp-en"))
                        .setMany(text(locale, "komponent.upload.slapp-flera")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(text(locale, "komponent.upload.valj-en"))
                        .setMany(text(locale, "komponent.upload.valj-flera")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(text(locale, "komponent.upload.for-manga"))
                        .setFileIsTooBig(text(locale, "komponent.upload.for-stor"))
                        .setIncorrectFileType(text(locale, "komponent.upload.fel-typ")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(text(locale, "komponent.upload.ansluter"))
                                .setStalled(text(locale, "komponent.upload.stannat"))
                                .setProcessing(text(locale, "komponent.upload.behandlas"))
                                .setHeld(text(locale, "komponent.upload.i-ko")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(text(locale, "komponent.upload.tid-kvar"))
                                .setUnknown(text(locale, "komponent.upload.tid-okand")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(text(locale, "komponent.upload.server-nere"))
                                .setUnexpectedServerError(text(locale, "komponent.upload.serverfel"))
                                .setForbidden(text(locale, "komponent.upload.nekad"))
                                .setFileTooLarge(text(locale, "komponent.upload.for-stor"))))
                .setUnits(lista(locale, "komponent.upload.enheter"))
                .setFile(new UploadI18N.File()
                        .setRetry(text(locale, "komponent.upload.forsok-igen"))
                        .setStart(text(locale, "komponent.upload.starta"))
                        .setRemove(text(locale, "komponent.upload.ta-bort")));
    }

    /** The view's own upload texts where it has them, the bundle's for the rest. */
    private static UploadI18N komplettera(UploadI18N egna, UploadI18N standard) {
        if (egna == null) {
            return standard;
        }
        if (egna.getError() != null) {
            UploadI18N.Error fel = standard.getError();
            if (egna.getError().getTooManyFiles() != null) {
                fel.setTooManyFiles(egna.getError().getTooManyFiles());
            }
            if (egna.getError().getFileIsTooBig() != null) {
                fel.setFileIsTooBig(egna.getError().getFileIsTooBig());
            }
            if (egna.getError().getIncorrectFileType() != null) {
                fel.setIncorrectFileType(egna.getError().getIncorrectFileType());
            }
        }
        if (egna.getDropFiles() != null) {
            standard.setDropFiles(egna.getDropFiles());
        }
        if (egna.getAddFiles() != null) {
            standard.setAddFiles(egna.getAddFiles());
        }
        if (egna.getUploading() != null) {
            standard.setUploading(egna.getUploading());
        }
        if (egna.getFile() != null) {
            standard.setFile(egna.getFile());
        }
        if (egna.getUnits() != null) {
            standard.setUnits(egna.getUnits());
        }
        return standard;
    }

    private static String text(Locale locale, String nyckel) {
        return Oversattningar.text(locale, nyckel);
    }

    private static List<String> lista(Locale locale, String nyckel) {
        return Arrays.stream(text(locale, nyckel).split(",")).map(String::strip).toList();
    }
}
