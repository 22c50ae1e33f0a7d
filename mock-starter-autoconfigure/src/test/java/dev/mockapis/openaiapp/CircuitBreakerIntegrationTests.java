package dev.mockapis.openaiapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.core.ScenarioActivation;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The application's circuit breaker around openai-java, driven through its states by switching scenarios mid-test. */
@SpringBootTest(classes = OpenAiTestApplication.class)
@MockApis
class CircuitBreakerIntegrationTests {

    private static final String ANSWER = "You said: \"Are you open?\"";

    @Autowired
    GuardedAssistant assistant;

    @Autowired
    MockApiServers servers;

    @Autowired
    MockInteractionVerifier verifier;

    CircuitBreaker breaker;

    @BeforeEach
    void closeTheBreaker() {
        breaker = assistant.breaker();
        breaker.reset();
    }

    @Test
    void anOutageOpensTheBreakerAndTheRecoveryClosesItThroughHalfOpen() {
        assertThat(assistant.reply("Are you open?")).isEqualTo(ANSWER);

        try (ScenarioActivation outage = servers.activate("openai", "server_error")) {
            askUntilTheBreakerOpens();
            int sent = verifier.operations("openai").size();

            assertThat(assistant.reply("Are you open?")).isEqualTo(GuardedAssistant.FALLBACK);
            assertThat(verifier.operations("openai"))
                    .as("short-circuited, not sent")
                    .hasSize(sent);
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> breaker.getState() == State.HALF_OPEN);
        assertThat(assistant.reply("Are you open?")).isEqualTo(ANSWER);
        assertThat(assistant.reply("Are you open?")).isEqualTo(ANSWER);
        assertThat(breaker.getState()).isEqualTo(State.CLOSED);
    }

    @Test
    void probesDuringAContinuingOutageOpenTheBreakerAgain() {
        try (ScenarioActivation outage = servers.activate("openai", "overloaded")) {
            askUntilTheBreakerOpens();
            await().atMost(Duration.ofSeconds(5)).until(() -> breaker.getState() == State.HALF_OPEN);

            assertThat(assistant.reply("Are you open?")).isEqualTo(GuardedAssistant.FALLBACK);
            assertThat(assistant.reply("Are you open?")).isEqualTo(GuardedAssistant.FALLBACK);
            assertThat(breaker.getState()).isEqualTo(State.OPEN);
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> breaker.getState() == State.HALF_OPEN);
        assistant.reply("Are you open?");
        assistant.reply("Are you open?");
        assertThat(breaker.getState()).isEqualTo(State.CLOSED);
        verifier.assertThat("openai").called("chat.completions.create").times(8);
    }

    private void askUntilTheBreakerOpens() {
        for (int i = 0; i < 4 && breaker.getState() == State.CLOSED; i++) {
            assertThat(assistant.reply("Are you open?")).isEqualTo(GuardedAssistant.FALLBACK);
        }
        assertThat(breaker.getState()).isEqualTo(State.OPEN);
    }
}
