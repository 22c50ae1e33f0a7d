/**
 * The Anthropic fake: {@link dev.mockapis.anthropic.AnthropicFake} and its scenarios.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.mockapis.anthropic;

import org.jspecify.annotations.NullMarked;
