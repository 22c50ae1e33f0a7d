package dev.mockapis.deepseek;

import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioCatalog;
import dev.mockapis.core.conversation.ConversationScenarios;
import dev.mockapis.core.conversation.Failure;
import dev.mockapis.core.conversation.internal.ConversationalApi;
import dev.mockapis.core.conversation.internal.StandardScenarios;
import java.util.List;

/** The shared LLM scenarios, and DeepSeek's own: an account out of credit. */
final class DeepSeekScenarios {

    private DeepSeekScenarios() {}

    static ScenarioCatalog catalog(DeepSeekFake api) {
        Scenario insufficientBalance = ConversationScenarios.builder("insufficient_balance")
                .description("Every turn fails with 402 Insufficient Balance")
                .on(ConversationalApi.TURN, rule -> rule.fail(api.error(Failure.INSUFFICIENT_BALANCE)))
                .build();
        return ScenarioCatalog.of(api.name(), StandardScenarios.standard(api)).with(List.of(insufficientBalance));
    }
}
