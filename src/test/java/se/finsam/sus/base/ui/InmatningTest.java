package se.finsam.sus.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A form bound straight to a record: shown with readRecord, read as a new record only when every field is valid. */
class InmatningTest {

    public record Person(String namn, int alder) {}

    private final TextField namn = new TextField();
    private final IntegerField alder = new IntegerField();
    private Binder<Person> binder;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        binder = new Binder<>(Person.class);
        binder.forField(namn).asRequired("namn saknas").bind("namn");
        binder.forField(alder).withConverter(v -> v == null ? 0 : v, v -> v).bind("alder");
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void validFieldsGiveTheRecord() {
        binder.readRecord(new Person("Alva", 40));
        assertThat(namn.getValue()).isEqualTo("Alva");
        namn.setValue("Bo");
        alder.clear();
        assertThat(Inmatning.las(binder)).contains(new Person("Bo", 0));
    }

    @Test
    void anInvalidFieldGivesNothingAndShowsItsMessage() {
        namn.clear();
        assertThat(Inmatning.las(binder)).isEmpty();
        assertThat(namn.isInvalid()).isTrue();
        assertThat(namn.getErrorMessage()).isEqualTo("namn saknas");
    }
}
