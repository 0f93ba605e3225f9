package se.finsam.sus.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotFoundError;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.finsam.sus.base.HittadesInteException;

/** A detail view reads its record by the id in the address, rebuilds on reload, and shows "not found" otherwise. */
class PostVyTest {

    private static int lasningar;

    /** Registered by the test only, so that no other test or the application sees it. */
    public static class TestVy extends PostVy<String> {

        public TestVy() {
            super("test-vy", id -> {
                if (id == 404) {
                    throw new HittadesInteException("Test", id);
                }
                return "post " + id + " läsning " + (++lasningar);
            });
        }

        @Override
        protected void bygg() {
            add(new Span(post()));
        }

        @Override
        protected String titel() {
            return post() == null ? "" : post();
        }

        void laddaOmNu() {
            laddaOm();
        }
    }

    public record Namn(String namn) {}

    static class NamnForm extends Postformular<Namn> {
        final TextField namn = new TextField();

        NamnForm() {
            super(Namn.class);
            binder.forField(namn).asRequired("namn saknas").bind("namn");
            add(namn);
        }
    }

    static boolean farAndra;
    static final List<String> sparade = new ArrayList<>();

    /** Edits its record (a name) in place through {@link PostVy#redigerbar}. */
    public static class RedigerbarVy extends PostVy<String> {

        public RedigerbarVy() {
            super("redigerbar-vy", id -> "namn " + id);
        }

        @Override
        protected void bygg() {
            redigerbar(new NamnForm(), new Namn(post()), farAndra, "spara-namn", u -> {
                        sparade.add(u.namn());
                        return u.namn();
                    })
                    .ifPresent(this::add);
        }

        @Override
        protected String titel() {
            return "";
        }
    }

    @BeforeEach
    void setUp() {
        farAndra = false;
        sparade.clear();
        lasningar = 0;
        MockVaadin.setup(new Routes());
        RouteConfiguration.forApplicationScope().setRoute("test-post/:id([0-9]{1,18})", TestVy.class);
        RouteConfiguration.forApplicationScope().setRoute("test-redigerbar/:id([0-9]{1,18})", RedigerbarVy.class);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void readsTheRecordOfTheAddressAndRebuildsOnReload() {
        UI.getCurrent().navigate("test-post/7");
        TestVy vy = _get(TestVy.class);
        assertThat(_get(Span.class).getText()).isEqualTo("post 7 läsning 1");
        assertThat(vy.getPageTitle()).isEqualTo("post 7 läsning 1 – SUS");
        vy.laddaOmNu();
        assertThat(_find(Span.class))
                .as("the view is emptied before it is built")
                .hasSize(1);
        assertThat(_get(Span.class).getText()).isEqualTo("post 7 läsning 2");
    }

    @Test
    void aRecordTheServiceDoesNotFindGivesTheNotFoundPage() {
        // Karibu's stand-in for the not-found page says so by throwing.
        assertThatThrownBy(() -> UI.getCurrent().navigate("test-post/404")).isInstanceOf(NotFoundError.class);
    }

    @Test
    void aRecordTheUserMayChangeIsSavedAndShownAgain() {
        farAndra = true;
        UI.getCurrent().navigate("test-redigerbar/3");
        assertThat(_get(TextField.class).getValue()).isEqualTo("namn 3");
        _get(TextField.class).setValue("nytt namn");
        _click(_get(Button.class, spec -> spec.withId("spara-namn")));
        assertThat(sparade).containsExactly("nytt namn");
        assertThat(_get(TextField.class).getValue())
                .as("the page is built anew from the saved record")
                .isEqualTo("nytt namn");
    }

    @Test
    void anInvalidFormIsNotSaved() {
        farAndra = true;
        UI.getCurrent().navigate("test-redigerbar/3");
        _get(TextField.class).clear();
        _click(_get(Button.class, spec -> spec.withId("spara-namn")));
        assertThat(sparade).isEmpty();
        assertThat(_get(TextField.class).isInvalid()).isTrue();
    }

    @Test
    void aRecordTheUserMayNotChangeIsReadOnlyWithoutSave() {
        UI.getCurrent().navigate("test-redigerbar/3");
        assertThat(_get(TextField.class).isReadOnly()).isTrue();
        assertThat(_find(Button.class)).isEmpty();
    }
}
