package se.finsam.sus.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotFoundError;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteConfiguration;
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

    @BeforeEach
    void setUp() {
        lasningar = 0;
        MockVaadin.setup(new Routes());
        RouteConfiguration.forApplicationScope().setRoute("test-post/:id([0-9]{1,18})", TestVy.class);
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
}
