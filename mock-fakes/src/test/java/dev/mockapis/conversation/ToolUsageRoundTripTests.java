package dev.mockapis.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Under {@code tool_usage}, an application's tool loop ends in a text answer on every provider, question after question. */
class ToolUsageRoundTripTests {

    /** More rounds than any correct loop needs: a fake that keeps calling the tool is caught, not waited for. */
    private static final int MAX_ROUNDS = 4;

    static Stream<Arguments> providers() {
        return ChatDrivers.everyApi();
    }

    @ParameterizedTest
    @MethodSource("providers")
    void eachQuestionGetsOneToolCallThenATextAnswer(Supplier<ChatDriver> drivers) {
        try (ChatDriver chat = drivers.get()) {
            chat.server().useScenario("tool_usage");

            List<ChatDriver.Answer> first = toolLoop(chat, "What's the weather in Paris?");
            List<ChatDriver.Answer> second = toolLoop(chat, "And in Oslo?");

            for (List<ChatDriver.Answer> answers : List.of(first, second)) {
                assertThat(answers).hasSize(2);
                assertThat(answers.get(0).tool()).isEqualTo("get_weather");
                assertThat(answers.get(1).text()).isNotBlank().contains("get_weather returned");
            }
            assertThat(chat.server().interactions().all())
                    .hasSize(4)
                    .allSatisfy(call -> assertThat(call.status()).isEqualTo(200));
        }
    }

    @ParameterizedTest
    @MethodSource("providers")
    void aQuestionSentWithTheToolResultsIsAnsweredInTextWithoutAnotherCall(Supplier<ChatDriver> drivers) {
        try (ChatDriver chat = drivers.get()) {
            chat.server().useScenario("tool_usage");

            ChatDriver.Answer call = chat.say("What's the weather in Paris?");
            ChatDriver.Answer answer = chat.returnToolResultAndAsk("18°C, sunny", "Thanks! Should I take an umbrella?");

            assertThat(call.tool()).isEqualTo("get_weather");
            assertThat(answer.tool()).isNull();
            assertThat(answer.text()).isEqualTo("Here is what I found: get_weather returned 18°C, sunny");
        }
    }

    /** What an application's tool loop does: answers every tool call until the model answers in text. */
    private static List<ChatDriver.Answer> toolLoop(ChatDriver chat, String question) {
        List<ChatDriver.Answer> answers = new ArrayList<>();
        ChatDriver.Answer answer = chat.say(question);
        answers.add(answer);
        while (answer.tool() != null && answers.size() <= MAX_ROUNDS) {
            answer = chat.returnToolResult("18°C, sunny, asked " + answers.size() + " times");
            answers.add(answer);
        }
        return answers;
    }
}
