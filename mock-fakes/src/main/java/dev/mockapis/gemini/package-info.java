/**
 * The Gemini fake: {@link dev.mockapis.gemini.GeminiFake} and its scenarios.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.mockapis.gemini;

import org.jspecify.annotations.NullMarked;
