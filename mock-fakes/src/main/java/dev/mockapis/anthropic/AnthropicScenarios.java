package dev.mockapis.anthropic;

import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioCatalog;
import dev.mockapis.core.conversation.Failure;
import dev.mockapis.core.conversation.Reply;
import dev.mockapis.core.conversation.internal.ConversationalApi;
import dev.mockapis.core.conversation.internal.StandardScenarios;
import java.util.List;

/**
 * The shared LLM scenarios, with Anthropic's way of being overloaded: a 529 {@code overloaded_error},
 * or, once a stream has started, an {@code error} event in it.
 */
final class AnthropicScenarios {

    private AnthropicScenarios() {}

    static ScenarioCatalog catalog(AnthropicFake api) {
        Scenario overloaded = Scenario.builder("overloaded")
                .description(
                        "Every turn is shed with 529 overloaded_error; streams fail with an error event after their first deltas")
                .on(
                        ConversationalApi.TURN,
                        rule -> rule.when(StandardScenarios.streamed(api))
                                .proceedWith(Reply.failMidStream(Failure.OVERLOADED)))
                .on(ConversationalApi.TURN, rule -> rule.fail(api.error(Failure.OVERLOADED)))
                .build();
        return ScenarioCatalog.of(api.name(), StandardScenarios.standard(api)).with(List.of(overloaded));
    }
}
