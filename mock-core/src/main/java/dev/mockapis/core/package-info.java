/**
 * The engine: a {@link dev.mockapis.core.FakeServer} puts a {@link dev.mockapis.core.FakeApi} on a real
 * socket, answers by its routes, scenarios, faults and rate limits, and logs every call. Nothing here
 * is null unless marked {@code @Nullable}; {@code internal} packages are not part of the API.
 */
@NullMarked
package dev.mockapis.core;

import org.jspecify.annotations.NullMarked;
