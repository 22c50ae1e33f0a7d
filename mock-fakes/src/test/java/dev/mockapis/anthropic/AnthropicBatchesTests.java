package dev.mockapis.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.BadRequestException;
import com.anthropic.errors.NotFoundException;
import com.anthropic.models.messages.batches.BatchCreateParams;
import com.anthropic.models.messages.batches.DeletedMessageBatch;
import com.anthropic.models.messages.batches.MessageBatch;
import com.anthropic.models.messages.batches.MessageBatchIndividualResponse;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.conversation.ConversationMatchers;
import dev.mockapis.core.conversation.Failure;
import dev.mockapis.core.conversation.Reply;
import dev.mockapis.fixtures.SteppingClock;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnthropicBatchesTests {

    private final FakeServer server = FakeServer.start(new AnthropicFake(Clock.systemUTC()));
    private final AnthropicClient client = AnthropicClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static BatchCreateParams.Request request(String customId, String text, long maxTokens) {
        return BatchCreateParams.Request.builder()
                .customId(customId)
                .params(BatchCreateParams.Request.Params.builder()
                        .model(AnthropicClients.MODEL)
                        .maxTokens(maxTokens)
                        .addUserMessage(text)
                        .build())
                .build();
    }

    @Test
    void aBatchRunsItsWholeLifecycleAsTheSdksExampleDoes() {
        MessageBatch batch = client.messages()
                .batches()
                .create(BatchCreateParams.builder()
                        .addRequest(request("best-sdk", "Tell me a story", 1024))
                        .addRequest(request("broken", "This one asks for no tokens", 0))
                        .build());
        assertThat(batch.id()).startsWith("msgbatch_01");
        assertThat(batch.processingStatus()).isEqualTo(MessageBatch.ProcessingStatus.IN_PROGRESS);
        assertThat(batch.requestCounts().processing()).isEqualTo(2);
        assertThat(batch.resultsUrl()).isEmpty();

        while (batch.processingStatus().equals(MessageBatch.ProcessingStatus.IN_PROGRESS)) {
            batch = client.messages().batches().retrieve(batch.id());
        }
        assertThat(batch.processingStatus()).isEqualTo(MessageBatch.ProcessingStatus.ENDED);
        assertThat(batch.requestCounts().succeeded()).isEqualTo(1);
        assertThat(batch.requestCounts().errored()).isEqualTo(1);
        assertThat(batch.resultsUrl()).hasValueSatisfying(url -> assertThat(url).endsWith("/results"));

        List<MessageBatchIndividualResponse> results;
        try (StreamResponse<MessageBatchIndividualResponse> stream =
                client.messages().batches().resultsStreaming(batch.id())) {
            results = stream.stream().toList();
        }
        assertThat(results).extracting(MessageBatchIndividualResponse::customId).containsExactly("best-sdk", "broken");
        assertThat(results.get(0)
                        .result()
                        .asSucceeded()
                        .message()
                        .content()
                        .get(0)
                        .asText()
                        .text())
                .isEqualTo("You said: \"Tell me a story\"");
        assertThat(results.get(1)
                        .result()
                        .asErrored()
                        .error()
                        .error()
                        .asInvalidRequestError()
                        .message())
                .contains("max_tokens");

        assertThat(client.messages().batches().list().data())
                .extracting(MessageBatch::id)
                .containsExactly(batch.id());
        DeletedMessageBatch deleted = client.messages().batches().delete(batch.id());
        assertThat(deleted.id()).isEqualTo(batch.id());
        String id = batch.id();
        assertThatThrownBy(() -> client.messages().batches().retrieve(id)).isInstanceOf(NotFoundException.class);
        assertThat(server.interactions().all())
                .extracting(Interaction::operationId)
                .containsExactly(
                        "messages.batches.create",
                        "messages.create",
                        "messages.create",
                        "messages.batches.retrieve",
                        "messages.batches.results",
                        "messages.batches.list",
                        "messages.batches.delete",
                        "messages.batches.retrieve");
    }

    @Test
    void aCancelledBatchEndsWithItsRequestsCanceledAndCannotBeDeletedBefore() {
        MessageBatch batch = client.messages()
                .batches()
                .create(BatchCreateParams.builder()
                        .addRequest(request("a", "Hi", 100))
                        .build());
        String id = batch.id();
        assertThatThrownBy(() -> client.messages().batches().delete(id)).isInstanceOf(BadRequestException.class);

        MessageBatch canceling = client.messages().batches().cancel(id);
        assertThat(canceling.processingStatus()).isEqualTo(MessageBatch.ProcessingStatus.CANCELING);
        assertThat(canceling.cancelInitiatedAt()).isPresent();

        MessageBatch ended = client.messages().batches().retrieve(id);
        assertThat(ended.processingStatus()).isEqualTo(MessageBatch.ProcessingStatus.ENDED);
        assertThat(ended.requestCounts().canceled()).isEqualTo(1);
        try (StreamResponse<MessageBatchIndividualResponse> stream =
                client.messages().batches().resultsStreaming(id)) {
            assertThat(stream.stream().toList())
                    .singleElement()
                    .satisfies(line -> assertThat(line.result().isCanceled()).isTrue());
        }
    }

    @Test
    void eachRequestIsAnsweredUnderTheActiveScenarioAndMarkedWithItsBatch() {
        server.useScenario(Scenario.builder("batch_rules")
                .rule(Rule.on("messages.create")
                        .when(ConversationMatchers.userTextContains("refund"))
                        .fail(AnthropicErrors.of(Failure.OVERLOADED))
                        .build())
                .rule(Rule.on("messages.create")
                        .proceedWith(Reply.text("Scripted for the batch."))
                        .build())
                .build());
        MessageBatch batch = client.messages()
                .batches()
                .create(BatchCreateParams.builder()
                        .addRequest(request("greeting", "Hello there", 100))
                        .addRequest(request("refund", "I want a refund", 100))
                        .build());

        MessageBatch ended = client.messages().batches().retrieve(batch.id());

        assertThat(ended.requestCounts().succeeded()).isEqualTo(1);
        assertThat(ended.requestCounts().errored()).isEqualTo(1);
        List<MessageBatchIndividualResponse> results;
        try (StreamResponse<MessageBatchIndividualResponse> stream =
                client.messages().batches().resultsStreaming(batch.id())) {
            results = stream.stream().toList();
        }
        assertThat(results.get(0)
                        .result()
                        .asSucceeded()
                        .message()
                        .content()
                        .get(0)
                        .asText()
                        .text())
                .isEqualTo("Scripted for the batch.");
        assertThat(results.get(1).result().asErrored().error().error().isOverloadedError())
                .isTrue();
        assertThat(server.interactions().all())
                .filteredOn(call -> call.operationId().equals("messages.create"))
                .hasSize(2)
                .allSatisfy(call ->
                        assertThat(call.headers().all("X-MockApis-Batch-Id")).containsExactly(batch.id()));
    }

    @Test
    void aBatchFirstRetrievedAfterItsTwentyFourHoursEndsWithEveryRequestExpired() {
        SteppingClock clock = new SteppingClock();
        try (FakeServer timed = FakeServer.start(new AnthropicFake(clock))) {
            AnthropicClient timedClient = AnthropicClients.strict(timed);
            MessageBatch batch = timedClient
                    .messages()
                    .batches()
                    .create(BatchCreateParams.builder()
                            .addRequest(request("late", "Hi", 100))
                            .build());
            clock.advance(Duration.ofHours(25));

            MessageBatch ended = timedClient.messages().batches().retrieve(batch.id());

            assertThat(ended.processingStatus()).isEqualTo(MessageBatch.ProcessingStatus.ENDED);
            assertThat(ended.requestCounts().expired()).isEqualTo(1);
            assertThat(ended.endedAt()).contains(ended.expiresAt());
            try (StreamResponse<MessageBatchIndividualResponse> stream =
                    timedClient.messages().batches().resultsStreaming(batch.id())) {
                assertThat(stream.stream().toList())
                        .singleElement()
                        .satisfies(line -> assertThat(line.result().isExpired()).isTrue());
            }
            assertThat(timed.interactions().all())
                    .extracting(Interaction::operationId)
                    .doesNotContain("messages.create");
            timedClient.close();
        }
    }
}
