package dev.mockapis.openaiapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.core.http.HttpResponseFor;
import com.openai.errors.RateLimitException;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import dev.mockapis.MockApis;
import dev.mockapis.TwilioWebhookSimulator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Provider rate limits configured by property, as the official SDKs see them. */
@SpringBootTest(
        classes = OpenAiTestApplication.class,
        properties = {
            "mockapis.openai.rate-limit.requests-per-minute=3",
            "mockapis.openai.rate-limit.tokens-per-minute=40000",
            "mockapis.twilio.rate-limit.requests-per-minute=2"
        })
@MockApis
class RateLimitPropertiesIntegrationTests {

    @Autowired
    OpenAIClient openAi;

    @Autowired
    TwilioRestClient twilio;

    @Test
    void openAisRemainingRequestsCountDownAndTheCallPastTheLimitIsA429() {
        List<HttpResponseFor<ChatCompletion>> admitted =
                IntStream.range(0, 3).mapToObj(i -> ask()).toList();

        assertThat(admitted)
                .extracting(response -> response.headers()
                        .values("x-ratelimit-remaining-requests")
                        .get(0))
                .containsExactly("2", "1", "0");
        assertThat(admitted.get(0).headers().values("x-ratelimit-limit-requests"))
                .containsExactly("3");
        assertThat(admitted.get(0).headers().values("x-ratelimit-limit-tokens")).containsExactly("40000");
        assertThatThrownBy(this::ask).isInstanceOfSatisfying(RateLimitException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(429);
            assertThat(e.code()).hasValue("rate_limit_exceeded");
            assertThat(e.getMessage()).contains("requests per min (RPM): Limit 3");
        });
    }

    @Test
    void everyTestStartsWithAFreshWindow() {
        assertThat(ask().headers().values("x-ratelimit-remaining-requests")).containsExactly("2");
    }

    @Test
    void twilioAnswersError20429PastItsLimit() {
        send();
        send();

        assertThatThrownBy(this::send).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(429);
            assertThat(e.getCode()).isEqualTo(20429);
        });
    }

    private HttpResponseFor<ChatCompletion> ask() {
        // no retries: the SDK would otherwise retry the 429 after OpenAI's retry-after-ms
        return openAi.withOptions(options -> options.maxRetries(0))
                .withRawResponse()
                .chat()
                .completions()
                .create(ChatCompletionCreateParams.builder()
                        .model(ChatModel.GPT_4O_MINI)
                        .addUserMessage("Hello")
                        .build());
    }

    private Message send() {
        return Message.creator(
                        new PhoneNumber("whatsapp:+15551234567"),
                        new PhoneNumber(TwilioWebhookSimulator.SANDBOX_NUMBER),
                        "Hi")
                .create(twilio);
    }
}
