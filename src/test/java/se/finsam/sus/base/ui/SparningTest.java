package se.finsam.sus.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.ValideringsException;

/** One way to save: success runs the callback, a refusal goes to its field, a conflict shows reload. */
class SparningTest {

    private final List<String> hant = new ArrayList<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void successRunsTheCallback() {
        Sparning sparning = new Sparning().sedan(() -> hant.add("sedan"));
        assertThat(sparning.utfor(() -> hant.add("sparar"))).isTrue();
        assertThat(hant).containsExactly("sparar", "sedan");
    }

    @Test
    void aRefusalIsShownAtItsFieldAndTheCallbackDoesNotRun() {
        TextField namn = new TextField();
        Faltfel faltfel = new Faltfel().falt(namn, "test.fel.namn");
        Sparning sparning = new Sparning().felVisas(faltfel).sedan(() -> hant.add("sedan"));
        assertThat(sparning.utfall(() -> {
                    throw new ValideringsException("test.fel.namn");
                }))
                .isEqualTo(Sparning.Utfall.VAGRAT);
        assertThat(namn.isInvalid()).isTrue();
        assertThat(hant).isEmpty();
    }

    @Test
    void aConflictShowsTheConflictMessageWithReloadInItsPlace() {
        Div ruta = new Div(new Div());
        UI.getCurrent().add(ruta);
        AtomicInteger laddaOm = new AtomicInteger();
        Sparning sparning = new Sparning().konfliktI(ruta, laddaOm::incrementAndGet);
        Runnable konflikt = () -> {
            throw new ObjectOptimisticLockingFailureException(Object.class, 1L);
        };
        assertThat(sparning.utfall(konflikt)).isEqualTo(Sparning.Utfall.KONFLIKT);
        assertThat(sparning.utfor(konflikt)).isFalse();
        assertThat(ruta.getChildren())
                .as("one message, replacing what was there")
                .hasSize(1);
        assertThat(_find(Div.class, s -> s.withId("konflikt"))).hasSize(1);
        _click(_get(Button.class, s -> s.withId("ladda-om")));
        assertThat(laddaOm).hasValue(1);
        assertThat(_find(Div.class, s -> s.withId("konflikt"))).isEmpty();
    }

    @Test
    void otherOutcomesGoToTheirHandlerOrPropagate() {
        Sparning sparning = new Sparning().vid(HittadesInteException.class, e -> hant.add("hittades inte"));
        assertThat(sparning.utfall(() -> {
                    throw new HittadesInteException("Test", 1L);
                }))
                .isEqualTo(Sparning.Utfall.ANNAT);
        assertThat(hant).containsExactly("hittades inte");
        assertThatThrownBy(() -> sparning.utfor(() -> {
                    throw new IllegalStateException("fel");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Sparning().utfor(() -> {
                    throw new ObjectOptimisticLockingFailureException(Object.class, 1L);
                }))
                .as("without a conflict handler the conflict propagates")
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void sparaDialogClosesAfterSavingAndKeepsTheValuesOnConflict() {
        TextField falt = new TextField();
        AtomicInteger efter = new AtomicInteger();
        List<String> sparat = new ArrayList<>();
        boolean[] konflikt = {true};
        SparaDialog<String> dialog = new SparaDialog<String>(
                        "test-dialog",
                        "Rubrik",
                        falt,
                        () -> Optional.of(falt.getValue()),
                        v -> {
                            if (konflikt[0]) {
                                throw new ObjectOptimisticLockingFailureException(Object.class, 1L);
                            }
                            sparat.add(v);
                        },
                        e -> hant.add(e.nyckel()),
                        efter::incrementAndGet)
                .sparaKnappId("spara-test");
        dialog.open();
        falt.setValue("värde");
        _click(_get(Button.class, s -> s.withId("spara-test")));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(falt.getValue()).isEqualTo("värde");
        assertThat(_find(Div.class, s -> s.withId("konflikt"))).hasSize(1);
        konflikt[0] = false;
        _click(_get(Button.class, s -> s.withId("spara-test")));
        assertThat(sparat).containsExactly("värde");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(efter).hasValue(1);
    }

    @Test
    void aDialogForANewRecordOpensItWithItsIdAfterSaving() {
        TextField falt = new TextField();
        List<Long> oppnade = new ArrayList<>();
        SparaDialog<String> dialog = SparaDialog.<String>forNy(
                "ny-dialog",
                "Ny",
                falt,
                () -> Optional.of(falt.getValue()),
                v -> 42L,
                e -> hant.add(e.nyckel()),
                oppnade::add);
        dialog.open();
        _click(_get(Button.class, s -> s.withId("ny-dialog-spara")));
        assertThat(oppnade).containsExactly(42L);
        assertThat(dialog.isOpened()).isFalse();
    }
}
