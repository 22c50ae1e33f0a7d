package dev.mockapis.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioFiles;
import dev.mockapis.core.conversation.ConversationMatchers;
import dev.mockapis.core.conversation.ConversationScenarios;
import dev.mockapis.core.conversation.Failure;
import dev.mockapis.core.conversation.Reply;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OneScriptEveryProviderTests {

    /** Written once, for whichever provider answers. */
    private static final String WEATHER_DESK = """
            description: A weather desk that looks the weather up, then reports it
            rules:
              - operation: model.turn
                when: { toolResultsReturned: true }
                steps:
                  - proceed: { reply: "It is 18°C and sunny in Paris." }
              - operation: model.turn
                when: { userTextContains: weather }
                steps:
                  - proceed: { toolCall: { name: get_weather, arguments: { city: Paris } } }
              - operation: model.turn
                steps:
                  - proceed: { reply: "Hello! Ask me about the weather." }
            """;

    static Stream<Arguments> providers() {
        return ChatDrivers.everyProvider();
    }

    @ParameterizedTest
    @MethodSource("providers")
    void aScenarioFileDrivesTheSameConversation(Supplier<ChatDriver> drivers) {
        holdsTheWeatherConversation(
                drivers,
                driver -> ScenarioFiles.read(
                        "weather_desk.yaml", WEATHER_DESK, driver.server().api()));
    }

    @ParameterizedTest
    @MethodSource("providers")
    void aScenarioBuiltInJavaDrivesTheSameConversation(Supplier<ChatDriver> drivers) {
        holdsTheWeatherConversation(
                drivers,
                driver -> ConversationScenarios.builder("weather_desk")
                        .when(ConversationMatchers.toolResultsReturned(), "It is 18°C and sunny in Paris.")
                        .when(
                                ConversationMatchers.userTextContains("weather"),
                                Reply.toolCall("get_weather", "{\"city\":\"Paris\"}"))
                        .replies("Hello! Ask me about the weather.")
                        .build());
    }

    static Stream<Arguments> overloadStatuses() {
        Map<String, Integer> statuses = Map.of("openai", 503, "anthropic", 529, "gemini", 503, "deepseek", 503);
        return providers().map(arguments -> {
            Named<?> provider = (Named<?>) arguments.get()[0];
            return Arguments.of(provider, statuses.get(provider.getName()));
        });
    }

    @ParameterizedTest
    @MethodSource("overloadStatuses")
    void aFailureNamedOnceIsEachProvidersOwnError(Supplier<ChatDriver> drivers, int status) {
        try (ChatDriver chat = drivers.get()) {
            chat.server()
                    .useScenario(ConversationScenarios.builder("shed")
                            .replies(Reply.failMidStream(Failure.OVERLOADED))
                            .build());

            assertThatThrownBy(() -> chat.say("Hi!")).isInstanceOf(RuntimeException.class);

            assertThat(chat.server().interactions().all())
                    .singleElement()
                    .satisfies(call -> assertThat(call.status()).isEqualTo(status));
        }
    }

    private static void holdsTheWeatherConversation(
            Supplier<ChatDriver> drivers, Function<ChatDriver, Scenario> script) {
        try (ChatDriver chat = drivers.get()) {
            FakeServer server = chat.server();
            server.useScenario(script.apply(chat));

            List<ChatDriver.Answer> answers = List.of(
                    chat.say("Hi!"), chat.say("What's the weather in Paris?"), chat.returnToolResult("18°C, sunny"));

            assertThat(answers)
                    .containsExactly(
                            ChatDriver.Answer.text("Hello! Ask me about the weather."),
                            ChatDriver.Answer.call("get_weather", Map.of("city", "Paris")),
                            ChatDriver.Answer.text("It is 18°C and sunny in Paris."));
            assertThat(server.interactions().all())
                    .hasSize(3)
                    .allSatisfy(call -> assertThat(call.status()).isEqualTo(200));
        }
    }
}
