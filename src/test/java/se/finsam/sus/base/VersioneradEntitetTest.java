package se.finsam.sus.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The version check every save goes through, without a database (a new entity is at version 0). */
class VersioneradEntitetTest {

    static class Post extends VersioneradEntitet {}

    @Test
    void withNoRowAndNothingReadANewEntityIsMade() {
        Post ny = new Post();
        assertThat(VersioneradEntitet.hamtaEllerSkapa(Optional.empty(), null, () -> ny))
                .isSameAs(ny);
    }

    @Test
    void withNoRowButAVersionReadItIsAConflict() {
        assertThatThrownBy(() -> VersioneradEntitet.hamtaEllerSkapa(Optional.<Post>empty(), 0L, Post::new))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void aRowCreatedByOthersMeanwhileIsAConflict() {
        assertThatThrownBy(() -> VersioneradEntitet.hamtaEllerSkapa(Optional.of(new Post()), null, Post::new))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void theRowAtTheVersionReadIsReturnedAndAnOtherVersionIsAConflict() {
        Post befintlig = new Post();
        assertThat(VersioneradEntitet.hamtaEllerSkapa(Optional.of(befintlig), 0L, Post::new))
                .isSameAs(befintlig);
        assertThatThrownBy(() -> VersioneradEntitet.hamtaEllerSkapa(Optional.of(befintlig), 1L, Post::new))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> befintlig.kontrolleraVersion(3))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }
}
