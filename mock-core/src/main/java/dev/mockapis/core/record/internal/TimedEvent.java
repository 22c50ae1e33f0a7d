package dev.mockapis.core.record.internal;

import dev.mockapis.core.ServerSentEvent;
import java.time.Duration;

/**
 * A server-sent event as it arrived from the upstream.
 *
 * @param event the event
 * @param after the time since the previous event, or since the request for the first
 */
public record TimedEvent(ServerSentEvent event, Duration after) {}
