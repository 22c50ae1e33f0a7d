/**
 * The OpenAI fake: {@link dev.mockapis.openai.OpenAiFake}, its scenarios and the directives a scenario
 * gives its endpoints.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.mockapis.openai;

import org.jspecify.annotations.NullMarked;
