/**
 * The standalone server: {@link dev.mockapis.server.MockServer} runs the fakes and an admin API in one
 * process, for applications in any language.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.mockapis.server;

import org.jspecify.annotations.NullMarked;
