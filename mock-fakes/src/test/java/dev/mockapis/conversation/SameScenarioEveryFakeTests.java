package dev.mockapis.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapis.anthropic.AnthropicFake;
import dev.mockapis.core.FakeApi;
import dev.mockapis.core.FakeServer;
import dev.mockapis.deepseek.DeepSeekFake;
import dev.mockapis.gemini.GeminiFake;
import dev.mockapis.openai.OpenAiFake;
import dev.mockapis.twilio.TwilioFake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in scenarios that every fake offers under the same name behave the same on every fake, over
 * raw HTTP: each call is the provider's main operation (a model turn, or Twilio's {@code messages.create}).
 */
class SameScenarioEveryFakeTests {

    private static final String OK = "ok";
    private static final String TWILIO_ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    private static final String TWILIO_TOKEN = "f00dfeedf00dfeedf00dfeedf00dfeed";

    private final HttpClient http = HttpClient.newHttpClient();
    private FakeServer server;

    /**
     * One fake and how to call its main operation.
     *
     * @param authenticationStatus the status of the provider's invalid-key error (Gemini answers 400)
     * @param overloadedStatus the status of the provider's overloaded error (Anthropic answers 529)
     */
    record Provider(
            FakeApi api, Function<String, HttpRequest> call, String authenticationStatus, String overloadedStatus) {}

    static Stream<Arguments> fakes() {
        Clock clock = Clock.systemUTC();
        return Stream.of(
                fake(
                        "openai",
                        new Provider(
                                new OpenAiFake(clock),
                                base -> json(
                                        base + "/v1/chat/completions",
                                        "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}",
                                        "Authorization",
                                        "Bearer sk-test"),
                                "401",
                                "503")),
                fake(
                        "anthropic",
                        new Provider(
                                new AnthropicFake(clock),
                                base -> json(
                                        base + "/v1/messages",
                                        "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":64,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}",
                                        "x-api-key",
                                        "sk-ant-test",
                                        "anthropic-version",
                                        "2023-06-01"),
                                "401",
                                "529")),
                fake(
                        "gemini",
                        new Provider(
                                new GeminiFake(clock),
                                base -> json(
                                        base + "/v1beta/models/gemini-2.5-flash:generateContent",
                                        "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Hi\"}]}]}",
                                        "x-goog-api-key",
                                        "k"),
                                "400",
                                "503")),
                fake(
                        "deepseek",
                        new Provider(
                                new DeepSeekFake(clock),
                                base -> json(
                                        base + "/chat/completions",
                                        "{\"model\":\"deepseek-chat\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}",
                                        "Authorization",
                                        "Bearer sk-deepseek-test"),
                                "401",
                                "503")),
                fake(
                        "twilio",
                        new Provider(
                                new TwilioFake(TWILIO_ACCOUNT, TWILIO_TOKEN, clock),
                                base -> HttpRequest.newBuilder(URI.create(
                                                base + "/2010-04-01/Accounts/" + TWILIO_ACCOUNT + "/Messages.json"))
                                        .header(
                                                "Authorization",
                                                "Basic "
                                                        + Base64.getEncoder()
                                                                .encodeToString((TWILIO_ACCOUNT + ":" + TWILIO_TOKEN)
                                                                        .getBytes(StandardCharsets.UTF_8)))
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .POST(HttpRequest.BodyPublishers.ofString(
                                                "To=%2B14155550100&From=%2B15005550006&Body=Hi"))
                                        .build(),
                                "401",
                                "503")));
    }

    private static Arguments fake(String name, Provider provider) {
        return Arguments.of(Named.of(name, provider));
    }

    private static HttpRequest json(String url, String body, String... headers) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .headers(headers)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @MethodSource("fakes")
    void apiErrorsFailsWithRateLimitThenAuthenticationThenInvalidRequestForever(Provider provider) {
        start(provider, "api_errors");

        assertThat(calls(provider, 7))
                .containsExactly(
                        "429",
                        provider.authenticationStatus(),
                        "400",
                        "429",
                        provider.authenticationStatus(),
                        "400",
                        "429");
    }

    @ParameterizedTest
    @MethodSource("fakes")
    void rateLimitedAndUnauthorizedFailWithTheStatusesApiErrorsCyclesThrough(Provider provider) {
        start(provider, "rate_limited");
        String rateLimited = calls(provider, 1).get(0);
        server.useScenario("unauthorized");
        String unauthorized = calls(provider, 1).get(0);

        assertThat(List.of(rateLimited, unauthorized)).containsExactly("429", provider.authenticationStatus());
    }

    @ParameterizedTest
    @MethodSource("fakes")
    void flakyFailsWithAServerErrorThenOverloadedThenSucceeds(Provider provider) {
        start(provider, "flaky");

        assertThat(calls(provider, 4)).containsExactly("500", provider.overloadedStatus(), OK, OK);
    }

    @ParameterizedTest
    @MethodSource("fakes")
    void flakyStartsAgainWhenSelectedAgain(Provider provider) {
        start(provider, "flaky");
        calls(provider, 3);

        server.useScenario("flaky");

        assertThat(calls(provider, 3)).containsExactly("500", provider.overloadedStatus(), OK);
    }

    private void start(Provider provider, String scenario) {
        server = FakeServer.start(provider.api());
        server.useScenario(scenario);
    }

    private List<String> calls(Provider provider, int count) {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int status = send(provider.call().apply(server.baseUrl())).statusCode();
            outcomes.add(status / 100 == 2 ? OK : String.valueOf(status));
        }
        return outcomes;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
