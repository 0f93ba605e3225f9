package se.finsam.sus.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import se.finsam.sus.WebTest;
import se.finsam.sus.base.Roll;
import se.finsam.sus.webb.WebbAnvandare;
import se.finsam.sus.webb.Webbsession;

/** In Debian's headless Chromium: the web components themselves carry the Swedish texts the server gave them. */
class KomponenttexterWebblasareTest extends WebTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext spring;

    private Webbsession webb;

    @BeforeEach
    void startBrowser() {
        webb = Webbsession.starta(port, "1400,1000");
    }

    @AfterEach
    void stopBrowser() {
        if (webb != null) {
            webb.close();
        }
    }

    private Object js(String skript) {
        return ((JavascriptExecutor) webb.driver()).executeScript(skript);
    }

    @Test
    void datePickerUploadAndPasswordFieldSpeakSwedish() throws Exception {
        WebbAnvandare admin = WebbAnvandare.skapa(spring, Roll.SYSTEMADMINISTRATOR, "Komponent Administratör");
        webb.oppna("/admin/logg");
        webb.loggaIn(admin);
        webb.oppna("/admin/logg");
        webb.vantaPa(By.id("audit-logg"));
        webb.vantan()
                .until(d -> js("return document.querySelector('vaadin-date-picker').i18n.today") != null
                        && js("return document.querySelector('vaadin-date-picker').i18n.today")
                                .equals("Idag"));
        assertThat(js("return document.querySelector('vaadin-date-picker').i18n.firstDayOfWeek"))
                .isEqualTo(1L);
        assertThat(js("return document.querySelector('vaadin-date-picker').i18n.monthNames[0]"))
                .isEqualTo("januari");
        assertThat(js("return document.querySelector('vaadin-date-picker').i18n"
                        + ".formatDate({day: 3, month: 11, year: 2026})"))
                .isEqualTo("2026-12-03");
        js("document.querySelector('vaadin-date-picker').open()");
        webb.skarmbild("datumvaljare-svenska.png");

        webb.oppna("/admin/import");
        webb.vantaPa(By.id("import-upload"));
        webb.vantan()
                .until(d -> "Välj fil…".equals(js("return document.querySelector('vaadin-upload').i18n.addFiles.one")));
        assertThat(js("return document.querySelector('vaadin-upload').i18n.dropFiles.one"))
                .isEqualTo("Släpp filen här");
        webb.skarmbild("uppladdning-svenska.png");

        webb.oppna("/profil");
        webb.vantan()
                .until(d -> "Visa lösenord"
                        .equals(js("var f = document.querySelector('vaadin-password-field');"
                                + " return f && f.i18n && f.i18n.reveal")));
    }
}
