package se.finsam.sus.behorighet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.stream.Collectors;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.ui.Tabell;
import se.finsam.sus.behorighet.BehorighetService;
import se.finsam.sus.behorighet.KontoLastException;
import se.finsam.sus.behorighet.MittKonto;
import se.finsam.sus.behorighet.NyTvafaktor;
import se.finsam.sus.behorighet.Tvafaktor;
import se.finsam.sus.behorighet.UppdragOversikt;
import se.finsam.sus.behorighet.UppdragRad;

/**
 * The user's own profile: name, roles, uppdrag with their end dates, changing the password and replacing the
 * second factor (both with the current password; a user whose guesses lock the account is logged out).
 */
@Route("profil")
@PermitAll
@Menu(title = "meny.profil", order = 100, icon = "vaadin:user")
public class ProfilView extends VerticalLayout implements HasDynamicTitle {

    private final transient AuthenticationContext authenticationContext;

    public ProfilView(
            BehorighetService behorighet,
            UppdragOversikt oversikt,
            MittKonto mittKonto,
            Tvafaktor tvafaktor,
            AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        setId("profilvy");
        behorighet.inloggad().ifPresent(p -> {
            add(new H1(p.visningsnamn()));
            add(new Paragraph(getTranslation("profil.anvandarnamn", p.anvandarnamn())));
            add(new Paragraph(getTranslation(
                    "profil.roller",
                    p.roller().stream()
                            .sorted()
                            .map(r -> getTranslation("roll." + r.name()))
                            .collect(Collectors.joining(", ")))));
        });
        if (mittKonto.masteBytaLosenord()) {
            Paragraph maste = new Paragraph(getTranslation("profil.maste-byta-losenord"));
            maste.setId("maste-byta-losenord");
            add(maste);
        }
        add(new H2(getTranslation("profil.uppdrag")));
        Grid<UppdragRad> grid = Tabell.ny();
        grid.setId("mina-uppdrag");
        BehorighetUi.roll(grid);
        BehorighetUi.omfattning(grid).setKey("omfattning");
        grid.addColumn(r -> r.uppdrag().startdatum()).setHeader(getTranslation("uppdrag.start"));
        grid.addColumn(r -> r.uppdrag().slutdatum()).setHeader(getTranslation("uppdrag.slut"));
        grid.addColumn(r ->
                        getTranslation(r.uppdrag().arAktiv(LocalDate.now()) ? "uppdrag.aktivt" : "uppdrag.ej-aktivt"))
                .setHeader(getTranslation("uppdrag.status"));
        grid.setItems(oversikt.minaUppdrag());
        grid.setAllRowsVisible(true);
        add(grid, bytLosenord(mittKonto), tvafaktor(tvafaktor));
    }

    private VerticalLayout tvafaktor(Tvafaktor tvafaktor) {
        VerticalLayout sektion = new VerticalLayout(new H2(getTranslation("profil.tvafaktor")));
        sektion.setPadding(false);
        sektion.setId("profil-tvafaktor");
        sektion.add(new Paragraph(
                getTranslation(tvafaktor.harTvafaktor() ? "profil.tvafaktor-aktiv" : "profil.tvafaktor-saknas")));
        Button borja = new Button(getTranslation("profil.tvafaktor-satt-upp"));
        borja.setId("satt-upp-tvafaktor");
        borja.addClickListener(e -> {
            borja.setVisible(false);
            NyTvafaktor ny = tvafaktor.nyHemlighet();
            TextField kod = new TextField(getTranslation("tvafaktor.kod"));
            kod.setId("ny-tvafaktor-kod");
            PasswordField losenord = new PasswordField(getTranslation("profil.nuvarande-losenord"));
            losenord.setId("tvafaktor-losenord");
            losenord.setHelperText(getTranslation("profil.tvafaktor-losenord"));
            Paragraph fel = new Paragraph();
            fel.addClassName("sus-fel");
            Button bekrafta = new Button(getTranslation("tvafaktor.fortsatt"), k -> {
                try {
                    tvafaktor.registrera(ny.hemlighet(), kod.getValue(), losenord.getValue());
                    Notification.show(getTranslation("profil.tvafaktor-klar"))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    sektion.removeAll();
                    sektion.add(
                            new H2(getTranslation("profil.tvafaktor")),
                            new Paragraph(getTranslation("profil.tvafaktor-aktiv")));
                } catch (ValideringsException ex) {
                    losenord.clear();
                    fel.setText(getTranslation(ex.nyckel()));
                } catch (KontoLastException ex) {
                    authenticationContext.logout();
                }
            });
            bekrafta.setId("bekrafta-tvafaktor");
            sektion.add(
                    new Paragraph(getTranslation("tvafaktor.registrera-profil")),
                    QrKod.svg(ny.otpauthUri(), getTranslation("tvafaktor.qr-beskrivning")),
                    new Paragraph(getTranslation("tvafaktor.hemlighet", ny.hemlighet())),
                    kod,
                    losenord,
                    bekrafta,
                    fel);
        });
        sektion.add(borja);
        return sektion;
    }

    private VerticalLayout bytLosenord(MittKonto mittKonto) {
        PasswordField nuvarande = new PasswordField(getTranslation("profil.nuvarande-losenord"));
        PasswordField nytt = new PasswordField(getTranslation("profil.nytt-losenord"));
        nytt.setHelperText(getTranslation("losenord.regler", 12));
        PasswordField upprepa = new PasswordField(getTranslation("profil.upprepa-losenord"));
        nuvarande.setId("nuvarande-losenord");
        nytt.setId("nytt-losenord");
        upprepa.setId("upprepa-losenord");
        Button byt = new Button(getTranslation("profil.byt-losenord"), e -> {
            nuvarande.setInvalid(false);
            nytt.setInvalid(false);
            upprepa.setInvalid(false);
            if (!nytt.getValue().equals(upprepa.getValue())) {
                visaFel(upprepa, "losenord.fel.matchar-inte");
                return;
            }
            try {
                mittKonto.bytLosenord(nuvarande.getValue(), nytt.getValue());
                nuvarande.clear();
                nytt.clear();
                upprepa.clear();
                Notification.show(getTranslation("profil.losenord-bytt"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getChildren()
                        .filter(c ->
                                c.getId().filter("maste-byta-losenord"::equals).isPresent())
                        .findFirst()
                        .ifPresent(this::remove);
            } catch (ValideringsException ex) {
                String falt = ex.nyckel();
                visaFel(falt.equals("losenord.fel.nuvarande") ? nuvarande : nytt, falt, ex.argument());
            } catch (KontoLastException ex) {
                authenticationContext.logout();
            }
        });
        byt.setId("byt-losenord");
        VerticalLayout sektion = new VerticalLayout(
                new H2(getTranslation("profil.byt-losenord")), new FormLayout(nuvarande, nytt, upprepa), byt);
        sektion.setPadding(false);
        return sektion;
    }

    private void visaFel(PasswordField falt, String nyckel, Object... argument) {
        falt.setErrorMessage(getTranslation(nyckel, argument));
        falt.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profil.titel");
    }
}
