package se.finsam.sus.base.databas;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service whose read-only transactions may read from the replica when one is configured
 * ({@code SUS_DB_REPLIKA_URL}): the reports and the open försörjningsmått API, which tolerate data a moment old.
 * Only transactions that start in a marked class are routed; every other read-only transaction (a grid refreshed
 * right after a save) stays on the primary, so nobody misses their own change through replication lag. Writes in
 * such a service belong in a transaction of their own (e.g. the audit's {@code REQUIRES_NEW}), which goes to the
 * primary; a write inside the read-only transaction itself fails on the replica's read-only sessions.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LasesFranReplika {}
