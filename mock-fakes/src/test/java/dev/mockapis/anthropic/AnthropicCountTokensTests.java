package dev.mockapis.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import com.anthropic.client.AnthropicClient;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCountTokensParams;
import com.anthropic.models.messages.MessageTokensCount;
import dev.mockapis.core.FakeServer;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnthropicCountTokensTests {

    private final FakeServer server = FakeServer.start(new AnthropicFake(Clock.systemUTC()));
    private final AnthropicClient client = AnthropicClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void countsWhatMessagesCreateReportsForTheSameInputSystemAndToolsIncluded() {
        String system = "You are a terse weather assistant who always answers in metric units.";
        String question = "What's the weather like in Oslo this afternoon?";

        MessageTokensCount counted = client.messages()
                .countTokens(MessageCountTokensParams.builder()
                        .model(AnthropicClients.MODEL)
                        .system(system)
                        .addTool(AnthropicClients.weatherTool())
                        .addUserMessage(question)
                        .build());
        Message answered = client.messages()
                .create(AnthropicClients.ask(question)
                        .system(system)
                        .addTool(AnthropicClients.weatherTool())
                        .build());
        MessageTokensCount withoutTools = client.messages()
                .countTokens(MessageCountTokensParams.builder()
                        .model(AnthropicClients.MODEL)
                        .system(system)
                        .addUserMessage(question)
                        .build());

        assertThat(counted.inputTokens()).isEqualTo(answered.usage().inputTokens());
        assertThat(withoutTools.inputTokens()).isPositive().isLessThan(counted.inputTokens());
    }
}
