/**
 * Spring Boot auto-configuration of the fakes for an application context under test.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.mockapis.autoconfigure;

import org.jspecify.annotations.NullMarked;
