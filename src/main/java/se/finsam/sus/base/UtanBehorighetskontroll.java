package se.finsam.sus.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public application-service method that is deliberately callable without an authorization rule,
 * and says why. The only alternative to {@code @PreAuthorize} (JSR-250 method security, {@code @RolesAllowed}, is
 * off): ServiceBehorighetTest fails for any public service method that has neither.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface UtanBehorighetskontroll {

    /** Why this method needs no rule. */
    String varfor();
}
