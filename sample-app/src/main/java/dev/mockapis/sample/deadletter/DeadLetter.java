package dev.mockapis.sample.deadletter;

import java.time.Instant;

/**
 * Work that failed after all its retries, kept until someone re-drives it.
 *
 * @param id its id
 * @param kind what failed, such as {@code inbound_message}; it decides how a re-drive works
 * @param reference what the work was about, such as the inbound message SID
 * @param error the last failure
 * @param attempts how often it was tried
 * @param status {@code PENDING}, or {@code REDRIVEN} once handed back for processing
 * @param createdAt when it failed for good
 * @param redrivenAt when it was re-driven, or {@code null}
 */
public record DeadLetter(
        long id,
        String kind,
        String reference,
        String error,
        int attempts,
        String status,
        Instant createdAt,
        Instant redrivenAt) {}
