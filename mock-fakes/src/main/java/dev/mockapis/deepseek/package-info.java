/**
 * The DeepSeek fake: {@link dev.mockapis.deepseek.DeepSeekFake} and its scenarios.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.mockapis.deepseek;

import org.jspecify.annotations.NullMarked;
