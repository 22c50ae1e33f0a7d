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

        assertThat(InteractionLog.cut(huge))
                .hasSize(InteractionLog.MAX_BODY_CHARS + "…[truncated, 65546 chars in full]".length())
                .endsWith("…[truncated, 65546 chars in full]");
    }

    @Test
    void staysWithinItsByteBudgetDroppingTheOldestAndCountingCallsApart() {
        InteractionLog log = new InteractionLog(1_000, 20_000);

        for (int i = 1; i <= 50; i++) {
            log.record(interaction(i, "x".repeat(2_000)));
        }

        assertThat(log.retainedBytes()).isLessThanOrEqualTo(20_000);
        assertThat(log.size()).isBetween(1, 10);
        assertThat(log.droppedCount()).isEqualTo(50 - log.size());
        assertThat(log.all()).last().extracting(Interaction::sequence).isEqualTo(50L);
        assertThat(log.callCount("notes.create")).isEqualTo(50);
        assertThat(log.snapshot().callCount("notes.create")).isEqualTo(50);
        assertThat(log.snapshot().droppedNote())
                .contains("dropped its " + log.droppedCount() + " oldest interactions")
                .endsWith("Raise mockapis.log.max-bytes to keep more.");
    }

    @Test
    void anEntryLargerThanTheBudgetIsStillKeptAlone() {
        InteractionLog log = new InteractionLog(1_000, 100);

        log.record(interaction(1, ""));
        log.record(interaction(2, "big"));

        assertThat(log.all()).extracting(Interaction::sequence).containsExactly(2L);
    }

    @Test
    void clearFreesEntriesBytesAndCounts() {
        InteractionLog log = new InteractionLog(1_000, 5_000);
        for (int i = 1; i <= 10; i++) {
            log.record(interaction(i, "x".repeat(2_000)));
        }

        log.clear();

        assertThat(log.retainedBytes()).isZero();
        assertThat(log.callCount("notes.create")).isZero();
        assertThat(log.snapshot().droppedNote()).isEmpty();
    }

    @Test
    void aLongRequestBodyIsKeptCutWithAMarkerGivingItsFullLength() {
        byte[] body =
                ("{\"prompt\":\"" + "p".repeat(100_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        FakeRequest request =
                new FakeRequest("POST", "/v1/notes", HttpHeaders.of("Content-Type", "application/json"), body);

        ParsedBody kept = InteractionLog.kept(request);

        assertThat(kept).isInstanceOfSatisfying(ParsedBody.Truncated.class, truncated -> {
            assertThat(truncated.fullLength()).isEqualTo(body.length);
            assertThat(truncated.text())
                    .startsWith("{\"prompt\":\"ppp")
                    .endsWith("…[truncated, " + body.length + " bytes in full]")
                    .hasSize(InteractionLog.MAX_BODY_CHARS
                            + ("…[truncated, " + body.length + " bytes in full]").length());
        });
        FakeRequest small = new FakeRequest(
                "POST", "/v1/notes", HttpHeaders.of("Content-Type", "application/json"), "{}".getBytes());
        assertThat(InteractionLog.kept(small)).isInstanceOf(ParsedBody.Json.class);
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
        return interaction(sequence, "");
    }

    private static Interaction interaction(long sequence, String text) {
        return new Interaction(
                sequence,
                Instant.EPOCH,
                "notes",
                "notes.create",
                "POST",
                "/v1/notes",
                Map.of(),
                HttpHeaders.empty(),
                text.isEmpty() ? new ParsedBody.Empty() : new ParsedBody.Text(text),
                201,
                Interaction.Source.FAKE,
                "happy",
                List.of(),
                "",
                Duration.ZERO,
                List.of());
    }
}
