package se.finsam.sus.base;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * An entity users edit, with optimistic locking: a save that started from an older version is a conflict
 * ({@link ObjectOptimisticLockingFailureException}), which the views show with {@code base.ui.Sparning}'s conflict
 * message and a reload. See docs/architecture.md, "Saving and conflicts".
 */
@MappedSuperclass
public abstract class VersioneradEntitet extends Entitet {

    @Version
    private long version;

    public long getVersion() {
        return version;
    }

    /** Throws the conflict unless this entity is still at the version the user read. */
    public void kontrolleraVersion(long last) {
        if (version != last) {
            throw new ObjectOptimisticLockingFailureException(getClass(), getId());
        }
    }

    /**
     * The "find by key or create" step of a save with a version check: with no row yet the user must have read
     * none ({@code last} null) and a new entity is made; with a row the user must have read its current version.
     * Anything else means someone else created or changed it in between, a conflict.
     *
     * @param befintlig the row found by its natural key (e.g. organisation and year)
     * @param last the version the user read, null when the user saw no row
     * @param ny makes the new entity when there is no row
     */
    public static <T extends VersioneradEntitet> T hamtaEllerSkapa(Optional<T> befintlig, Long last, Supplier<T> ny) {
        if (befintlig.isEmpty()) {
            if (last != null) {
                throw new ObjectOptimisticLockingFailureException(VersioneradEntitet.class, "removed");
            }
            return ny.get();
        }
        T entitet = befintlig.get();
        if (last == null) {
            throw new ObjectOptimisticLockingFailureException(entitet.getClass(), entitet.getId());
        }
        entitet.kontrolleraVersion(last);
        return entitet;
    }
}
