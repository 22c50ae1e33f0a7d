package dev.mockapis.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InteractionLogTests {

    @Test
    void keepsTheNewestEntriesWithinItsCapacityAndCountsTheDropped() {
        InteractionLog log = new InteractionLog(3);

        for (int i = 1; i <= 5; i++) {
            log.record(interaction(i));
        }

        assertThat(log.all()).extracting(Interaction::sequence).containsExactly(3L, 4L, 5L);
        assertThat(log.droppedCount()).isEqualTo(2);
    }

    @Test
    void clearForgetsEntriesAndTheDroppedCount() {
        InteractionLog log = new InteractionLog(1);
        log.record(interaction(1));
        log.record(interaction(2));

        log.clear();

        assertThat(log.size()).isZero();
        assertThat(log.droppedCount()).isZero();
    }

    @Test
    void longBodiesAreCutToBoundMemory() {
        String huge = "x".repeat(InteractionLog.MAX_BODY_CHARS + 10);

        assertThat(InteractionLog.cut(huge)).hasSize(InteractionLog.MAX_BODY_CHARS + "…(65546 chars)".length());
    }

    @Test
    void basicCredentialsKeepTheirUserNameOnly() {
        HttpHeaders redacted = Redaction.redact(HttpHeaders.of(
                "Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("AC123:token".getBytes()),
                "x-api-key", "sk-ant-123",
                "Accept", "application/json"));

        assertThat(redacted.first("Authorization")).hasValue("Basic AC123:<redacted>");
        assertThat(redacted.first("X-Api-Key")).hasValue("<redacted>");
        assertThat(redacted.first("accept")).hasValue("application/json");
    }

    private static Interaction interaction(long sequence) {
        return new Interaction(sequence, Instant.EPOCH, "notes", "notes.create", "POST", "/v1/notes", Map.of(),
                HttpHeaders.empty(), new ParsedBody.Empty(), 201, Interaction.Source.FAKE, "happy", List.of(), "",
                Duration.ZERO, List.of());
    }
}
