/**
 * Record and replay: a {@link dev.mockapis.core.record.Recorder} forwards a fake's calls to the real
 * provider and writes them as a scenario file, a {@link dev.mockapis.core.record.Replay} answers from one,
 * and a {@link dev.mockapis.core.record.DriftCheck} compares a recording with the provider today.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.mockapis.core.record;

import org.jspecify.annotations.NullMarked;
