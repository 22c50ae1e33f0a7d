package dev.mockapis.conversation;

import dev.mockapis.anthropic.AnthropicFake;
import dev.mockapis.core.FakeServer;
import dev.mockapis.deepseek.DeepSeekFake;
import dev.mockapis.gemini.GeminiFake;
import dev.mockapis.openai.OpenAiFake;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The chat drivers of every LLM fake, named for parameterized tests; each supplier starts a fake of its own,
 * which closing the driver stops.
 */
final class ChatDrivers {

    private static final Clock CLOCK = Clock.systemUTC();

    private ChatDrivers() {}

    /** One chat API per provider: OpenAI's Chat Completions, Anthropic, Gemini and DeepSeek. */
    static Stream<Arguments> everyProvider() {
        return Stream.of(
                driver("openai", ChatDrivers::openAiChatCompletions),
                driver("anthropic", () -> new AnthropicChatDriver(FakeServer.start(new AnthropicFake(CLOCK)))),
                driver("gemini", () -> new GeminiChatDriver(FakeServer.start(new GeminiFake(CLOCK)))),
                driver("deepseek", ChatDrivers::deepSeek));
    }

    /** Every chat API: both of OpenAI's (Chat Completions and Responses), then the other providers'. */
    static Stream<Arguments> everyApi() {
        return Stream.of(
                driver("openai chat completions", ChatDrivers::openAiChatCompletions),
                driver("openai responses", () -> new ResponsesChatDriver(FakeServer.start(new OpenAiFake(CLOCK)))),
                driver("anthropic", () -> new AnthropicChatDriver(FakeServer.start(new AnthropicFake(CLOCK)))),
                driver("gemini", () -> new GeminiChatDriver(FakeServer.start(new GeminiFake(CLOCK)))),
                driver("deepseek", ChatDrivers::deepSeek));
    }

    private static ChatDriver openAiChatCompletions() {
        FakeServer server = FakeServer.start(new OpenAiFake(CLOCK));
        return new OpenAiChatDriver(server, server.baseUrl() + "/v1", "gpt-4o");
    }

    private static ChatDriver deepSeek() {
        FakeServer server = FakeServer.start(new DeepSeekFake(CLOCK));
        return new OpenAiChatDriver(server, server.baseUrl(), "deepseek-chat");
    }

    private static Arguments driver(String name, Supplier<ChatDriver> driver) {
        return Arguments.of(Named.of(name, driver));
    }
}
