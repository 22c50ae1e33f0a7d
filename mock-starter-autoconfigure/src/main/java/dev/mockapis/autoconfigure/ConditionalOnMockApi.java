package dev.mockapis.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Matches when the named api's fake is enabled in the context: its definition is registered,
 * {@code mockapis.enabled} is true and {@code mockapis.<api>.enabled} is not false.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnMockApiCondition.class)
@interface ConditionalOnMockApi {

    /** The api's name. */
    String value();
}
