package dev.mockapis.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.genai.Client;
import com.google.genai.ResponseStream;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioFileException;
import dev.mockapis.core.ScenarioFiles;
import dev.mockapis.core.conversation.ConversationScenarios;
import dev.mockapis.core.conversation.Reply;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GeminiScenarioTests {

    private final GeminiFake gemini = new GeminiFake(Clock.systemUTC());
    private final FakeServer server = FakeServer.start(gemini);
    private final Client client = GeminiClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void oneRuleOnModelTurnsCoversPlainAndStreamedCallsWithOneSequence() {
        server.useScenario(Scenario.builder("two_answers")
                .rule(Rule.on(ConversationScenarios.MODEL_TURN)
                        .proceedWith(Reply.sequence("First answer.", "Second answer."))
                        .build())
                .build());

        String plain =
                client.models.generateContent(GeminiClients.MODEL, "One", null).text();
        StringBuilder streamed = new StringBuilder();
        try (ResponseStream<GenerateContentResponse> stream = client.models.generateContentStream(
                GeminiClients.MODEL, "Two", GenerateContentConfig.builder().build())) {
            stream.forEach(chunk -> streamed.append(chunk.text()));
        }

        assertThat(plain).isEqualTo("First answer.");
        assertThat(streamed).hasToString("Second answer.");
        assertThat(server.unusedSteps()).isEmpty();
    }

    @Test
    void aScenarioFileScriptsTurnsWithProviderNeutralReplies() {
        server.useScenario(ScenarioFiles.read("weather.yaml", """
                description: Calls the weather tool, then answers
                rules:
                  - operation: model.turn
                    steps:
                      - proceed: { toolCall: { name: get_weather, arguments: { city: Paris } } }
                      - proceed: { reply: "It is sunny in Paris." }
                """, gemini));

        GenerateContentConfig config = GenerateContentConfig.builder()
                .tools(GeminiClients.weatherTool())
                .build();
        List<String> answers = new ArrayList<>();
        GenerateContentResponse first = client.models.generateContent(GeminiClients.MODEL, "Weather in Paris?", config);
        answers.add(first.functionCalls().get(0).name().orElseThrow()
                + first.functionCalls().get(0).args().orElseThrow());
        answers.add(client.models
                .generateContent(GeminiClients.MODEL, "And now?", config)
                .text());

        assertThat(answers).containsExactly("get_weather{city=Paris}", "It is sunny in Paris.");
    }

    @Test
    void aScenarioFileWithAnUnknownReplyNamesTheField() {
        assertThatThrownBy(() -> ScenarioFiles.read("broken.yaml", """
                rules:
                  - operation: model.turn
                    steps:
                      - proceed: { shout: "Hi" }
                """, gemini))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("rules[0].steps[0].proceed")
                .hasMessageContaining("unknown reply 'shout'");
    }

    @Test
    void aScenarioNamingAnotherProvidersOperationIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> server.useScenario(Scenario.builder("wrong")
                        .rule(Rule.on("messages.create").proceed().build())
                        .build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("models.generate_content, models.stream_generate_content, ")
                .hasMessageContaining("model.turn");
    }
}
