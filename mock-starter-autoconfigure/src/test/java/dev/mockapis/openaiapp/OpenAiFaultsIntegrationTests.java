package dev.mockapis.openaiapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.InternalServerException;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.RateLimitException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.core.Fault;
import dev.mockapis.core.Scenario;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Every fault and error as openai-java reports it to the application: the exceptions production code must handle. */
@SpringBootTest(classes = OpenAiTestApplication.class)
@MockApis
class OpenAiFaultsIntegrationTests {

    @Autowired
    OpenAIClient openAi;

    @Autowired
    MockApiServers servers;

    @Autowired
    MockInteractionVerifier verifier;

    @Test
    @MockApis(openai = "timeout")
    void aStalledAnswerIsATimeout() {
        assertThatThrownBy(() -> ask(impatient()))
                .isInstanceOf(OpenAIIoException.class)
                .hasCauseInstanceOf(InterruptedIOException.class);
    }

    @Test
    void aDelayLongerThanTheClientsTimeoutIsATimeout() {
        servers.activate("openai", onChat("slow", Fault.delay(Duration.ofSeconds(2))));

        assertThatThrownBy(() -> ask(impatient()))
                .isInstanceOf(OpenAIIoException.class)
                .hasCauseInstanceOf(InterruptedIOException.class);
    }

    @Test
    void aDelayWithinTheTimeoutOnlyMakesTheAnswerLate() {
        servers.activate("openai", onChat("sluggish", Fault.delay(Duration.ofMillis(150))));
        long start = System.nanoTime();

        assertThat(ask(impatient())).isEqualTo("You said: \"Hello\"");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void aConnectionResetIsAnIoError() {
        servers.activate("openai", onChat("reset", Fault.connectionReset()));

        assertThatThrownBy(() -> ask(withoutRetries()))
                .isInstanceOf(OpenAIIoException.class)
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void aDisconnectHalfWayThroughTheBodyIsAnUnreadableResponseThatIsNotRetried() {
        servers.activate("openai", onChat("cut_off", Fault.disconnectMidBody()));

        // openai-java reads the body after its retry loop, so a truncated body is invalid data, not an I/O error to
        // retry
        assertThatThrownBy(() -> ask(openAi))
                .isInstanceOf(OpenAIInvalidDataException.class)
                .hasMessage("Error reading response")
                .hasCauseInstanceOf(ProtocolException.class);
        verifier.assertThat("openai").called("chat.completions.create").once();
    }

    @Test
    @MockApis(openai = "streaming_interrupted")
    void aStreamCutOffHalfWayBreaksOffAfterTheFirstChunks() {
        StringBuilder received = new StringBuilder();

        assertThatThrownBy(() -> {
                    try (StreamResponse<ChatCompletionChunk> stream =
                            withoutRetries().chat().completions().createStreaming(question())) {
                        stream.stream()
                                .forEach(chunk -> chunk.choices()
                                        .forEach(choice ->
                                                choice.delta().content().ifPresent(received::append)));
                    }
                })
                .isInstanceOf(OpenAIIoException.class);
        assertThat(received.toString()).isNotEmpty().isNotEqualTo("You said: \"Hello\"");
    }

    @Test
    @MockApis(openai = "server_error")
    void aServerErrorIsAnInternalServerException() {
        assertThatThrownBy(() -> ask(withoutRetries()))
                .isInstanceOfSatisfying(
                        InternalServerException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(500));
    }

    @Test
    @MockApis(openai = "overloaded")
    void anOverloadedEngineIsAnInternalServerExceptionWith503() {
        assertThatThrownBy(() -> ask(withoutRetries()))
                .isInstanceOfSatisfying(
                        InternalServerException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(503));
    }

    @Test
    @MockApis(openai = "invalid_request")
    void anInvalidRequestIsABadRequestException() {
        assertThatThrownBy(() -> ask(withoutRetries()))
                .isInstanceOfSatisfying(
                        BadRequestException.class, e -> assertThat(e.code()).hasValue("context_length_exceeded"));
    }

    @Test
    @MockApis(openai = "unauthorized")
    void aRejectedKeyIsAnUnauthorizedException() {
        assertThatThrownBy(() -> ask(withoutRetries()))
                .isInstanceOfSatisfying(
                        UnauthorizedException.class, e -> assertThat(e.code()).hasValue("invalid_api_key"));
    }

    @Test
    @MockApis(openai = "rate_limited")
    void aRateLimitIsARateLimitException() {
        assertThatThrownBy(() -> ask(withoutRetries()))
                .isInstanceOfSatisfying(
                        RateLimitException.class, e -> assertThat(e.code()).hasValue("rate_limit_exceeded"));
    }

    @Test
    @MockApis(openai = "flaky")
    void failingTwiceThenSucceedingIsRecoveredByTheSdksOwnRetries() {
        assertThat(ask(openAi)).isEqualTo("You said: \"Hello\"");

        verifier.assertThat("openai").called("chat.completions.create").times(3);
    }

    @Test
    void aResetTheSdkRetriesIsOnlyAnotherRequest() {
        servers.activate(
                "openai",
                Scenario.builder("reset_once")
                        .on(
                                "chat.completions.create",
                                rule -> rule.fault(Fault.connectionReset()).proceed())
                        .build());

        assertThat(ask(openAi)).isEqualTo("You said: \"Hello\"");

        verifier.assertThat("openai").called("chat.completions.create").times(2);
    }

    private OpenAIClient withoutRetries() {
        return openAi.withOptions(options -> options.maxRetries(0));
    }

    private OpenAIClient impatient() {
        return openAi.withOptions(options -> options.maxRetries(0).timeout(Duration.ofMillis(500)));
    }

    private static String ask(OpenAIClient client) {
        return client.chat()
                .completions()
                .create(question())
                .choices()
                .get(0)
                .message()
                .content()
                .orElseThrow();
    }

    private static ChatCompletionCreateParams question() {
        return ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O_MINI)
                .addUserMessage("Hello")
                .build();
    }

    private static Scenario onChat(String name, Fault fault) {
        return Scenario.builder(name)
                .on("chat.completions.create", rule -> rule.fault(fault))
                .build();
    }
}
