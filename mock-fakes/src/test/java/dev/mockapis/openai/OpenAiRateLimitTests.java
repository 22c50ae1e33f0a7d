package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.core.http.HttpResponseFor;
import com.openai.errors.RateLimitException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.RateLimit;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A simulated OpenAI rate limit as openai-java sees it: real counters in the headers, then a 429. */
class OpenAiRateLimitTests {

    private final FakeServer openai = OpenAiFakeSupport.start();
    private final OpenAIClient client = OpenAiFakeSupport.client(openai);

    @AfterEach
    void stop() {
        openai.close();
    }

    @Test
    void remainingRequestsCountDownAndTheCallPastTheLimitIsARateLimitException() {
        openai.limitRate(RateLimit.requestsPerMinute(3));

        List<String> remaining = IntStream.range(0, 3)
                .mapToObj(i ->
                        ask().headers().values("x-ratelimit-remaining-requests").get(0))
                .toList();

        assertThat(remaining).containsExactly("2", "1", "0");
        assertThatThrownBy(this::ask).isInstanceOfSatisfying(RateLimitException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(429);
            assertThat(e.code()).hasValue("rate_limit_exceeded");
            assertThat(e.headers().values("x-ratelimit-limit-requests")).containsExactly("3");
            assertThat(Long.parseLong(e.headers().values("retry-after").get(0))).isBetween(1L, 60L);
        });
    }

    @Test
    void aTokenBudgetRejectsTheRequestThatWouldOverspendIt() {
        openai.limitRate(RateLimit.requestsPerMinute(100).withTokens(60));

        HttpResponseFor<ChatCompletion> first = ask();

        int remainingTokens = Integer.parseInt(
                first.headers().values("x-ratelimit-remaining-tokens").get(0));
        assertThat(remainingTokens).isLessThan(60).isPositive();
        assertThatThrownBy(() -> IntStream.range(0, 5).forEach(i -> ask()))
                .isInstanceOfSatisfying(
                        RateLimitException.class,
                        e -> assertThat(e.getMessage()).contains("tokens per min (TPM)"));
    }

    @Test
    void resetDurationsUseOpenAisNotation() {
        assertThat(OpenAiRateLimits.durationText(java.time.Duration.ofMillis(12)))
                .isEqualTo("12ms");
        assertThat(OpenAiRateLimits.durationText(java.time.Duration.ofMillis(8640)))
                .isEqualTo("8.64s");
        assertThat(OpenAiRateLimits.durationText(java.time.Duration.ofSeconds(360)))
                .isEqualTo("6m0s");
    }

    private HttpResponseFor<ChatCompletion> ask() {
        HttpResponseFor<ChatCompletion> response = client.chat()
                .completions()
                .withRawResponse()
                .create(ChatCompletionCreateParams.builder()
                        .model("gpt-4o-mini")
                        .addUserMessage("What are your opening hours?")
                        .build());
        response.parse();
        return response;
    }
}
