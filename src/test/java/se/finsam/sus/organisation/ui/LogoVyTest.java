package se.finsam.sus.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.upload.Upload;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.Luhn;
import se.finsam.sus.organisation.Finansieringsform;
import se.finsam.sus.organisation.OrganisationService;
import se.finsam.sus.organisation.OrganisationUppgifter;

/**
 * Uploading the logo on the organisation page: a valid PNG is stored and shown next to the finansieringsform; a
 * file that is not an image gets the message and nothing is stored (nor replaced).
 */
class LogoVyTest extends KaribuTest {

    @Autowired
    OrganisationService organisationer;

    long id;

    @BeforeEach
    void nyttForbund() throws Exception {
        login("admin", DEMO_LOSENORD);
        String nio = "2225" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        id = organisationer.skapa(new OrganisationUppgifter(
                "Logoförbundet " + nio,
                nio + Luhn.kontrollsiffra(nio),
                Finansieringsform.FINSAM,
                LocalDate.of(2020, 1, 1),
                null,
                null,
                null,
                null,
                Set.of("2580"),
                Set.of()));
        UI.getCurrent().navigate("organisationer/" + id);
        NotificationsKt.clearNotifications();
    }

    @Test
    void aValidPngIsStoredAndShown() throws Exception {
        assertThat(_find(Image.class, s -> s.withClasses("sus-logo"))).isEmpty();
        byte[] png = png();

        UploadKt._upload(_get(Upload.class, s -> s.withId("logo-upload")), "logo.png", "image/png", png);

        NotificationsKt.expectNotifications("Logotypen har sparats");
        assertThat(organisationer.logo(id).orElseThrow().data()).isEqualTo(png);
        Image bild = _get(Image.class, s -> s.withClasses("sus-logo"));
        assertThat(bild.getAlt()).hasValueSatisfying(alt -> assertThat(alt).startsWith("Logotyp för Logoförbundet"));
        assertThat(bild.findAncestor(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class)
                        .getId())
                .contains("finansieringsform-rad");
    }

    @Test
    void aFileThatIsNotAnImageGetsTheMessageAndNothingIsStored() throws Exception {
        Upload upload = _get(Upload.class, s -> s.withId("logo-upload"));
        UploadKt._upload(
                upload,
                "logo.png",
                "image/png",
                "Det här är en textfil som heter logo.png".getBytes(StandardCharsets.UTF_8));

        NotificationsKt.expectNotifications("Filen är inte en giltig bild. Välj en PNG- eller JPEG-fil.");
        assertThat(organisationer.logo(id)).isEmpty();
        assertThat(organisationer.hamta(id).harLogo()).isFalse();
        assertThat(_find(Image.class, s -> s.withClasses("sus-logo"))).isEmpty();

        // A bad file does not replace a logo already there either.
        byte[] png = png();
        UploadKt._upload(_get(Upload.class, s -> s.withId("logo-upload")), "logo.png", "image/png", png);
        NotificationsKt.clearNotifications();
        UploadKt._upload(
                _get(Upload.class, s -> s.withId("logo-upload")),
                "logo.svg",
                "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8));
        NotificationsKt.expectNotifications(
                "SVG-filer tas inte emot som logotyp eftersom de kan innehålla skript. Spara logotypen som PNG eller JPEG"
                        + " och ladda upp den igen.");
        assertThat(organisationer.logo(id).orElseThrow().data()).isEqualTo(png);
    }

    private static byte[] png() throws Exception {
        BufferedImage bild = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        bild.setRGB(1, 1, Color.BLUE.getRGB());
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        assertThat(ImageIO.write(bild, "png", ut)).isTrue();
        return ut.toByteArray();
    }
}
