package dev.mockapis.core.conversation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.conversation.Reply;
import dev.mockapis.core.internal.JsonSupport;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderPromisesTests {

    private static final String SPRING_AI_FORMAT = """
            What is the capital of France?
            Your response should be in JSON format.
            Do not include any explanations, only provide a RFC8259 compliant JSON response following this format without deviation.
            Do not include markdown code blocks in your response.
            Remove the ```json markdown from the output.
            Here is the JSON Schema instance your output must adhere to:
            ```{
              "$schema" : "https://json-schema.org/draft/2020-12/schema",
              "type" : "object",
              "properties" : {
                "city" : { "type" : "string" },
                "population" : { "type" : "integer" }
              },
              "additionalProperties" : false
            }```
            """;

    private final ReplyEngine engine = new ReplyEngine();

    @Test
    void aForcedToolChoiceGetsACallToTheFirstOfferedToolWithArgumentsForItsSchema() throws Exception {
        Turn turn = weather().toolRequired(true).build();

        Completion completion = engine.complete(null, turn);

        assertThat(completion).isInstanceOf(Completion.ToolCalls.class);
        Completion.Call call = ((Completion.ToolCalls) completion).calls().get(0);
        assertThat(call.name()).isEqualTo("get_weather");
        assertThat(JsonSupport.mapper().readTree(call.arguments()).path("city").isTextual())
                .isTrue();
    }

    @Test
    void aForcedToolChoiceStillCallsAToolAfterToolResults() {
        Turn turn = weather()
                .toolRequired(true)
                .toolResults(List.of(new Turn.ToolResult("c1", "get_weather", "Sunny")))
                .build();

        assertThat(engine.complete(Reply.echo(), turn)).isInstanceOf(Completion.ToolCalls.class);
    }

    @Test
    void withoutForcingTheDefaultAnswersInText() {
        assertThat(engine.complete(null, weather().build())).isInstanceOf(Completion.Text.class);
    }

    @Test
    void aScriptedTextWinsOverAForcedToolChoice() {
        assertThat(engine.complete(
                        Reply.text("Hi"), weather().toolRequired(true).build()))
                .isEqualTo(new Completion.Text("Hi"));
    }

    @Test
    void aSchemaEmbeddedInThePromptTheWaySpringAiWritesItGetsJsonValidForIt() throws Exception {
        Turn turn = Turn.builder("chat.completions.create", "gpt-4o")
                .message(Turn.Message.USER, SPRING_AI_FORMAT)
                .build();

        Completion.Text text = (Completion.Text) engine.complete(null, turn);

        JsonNode answer = JsonSupport.mapper().readTree(text.text());
        assertThat(answer.path("city").isTextual()).isTrue();
        assertThat(answer.path("population").isIntegralNumber()).isTrue();
    }

    @Test
    void aFencedJsonTagAndAnArraySchemaAreRead() throws Exception {
        String prompt = "List them.\nHere is the JSON Schema instance your output must adhere to:\n```json\n"
                + "{\"type\":\"array\",\"items\":{\"type\":\"string\"}}\n```";
        Turn turn = Turn.builder("messages.create", "model-1")
                .message(Turn.Message.USER, prompt)
                .build();

        assertThat(JsonSupport.mapper()
                        .readTree(((Completion.Text) engine.complete(null, turn)).text())
                        .isArray())
                .isTrue();
    }

    @Test
    void aPromptThatOnlyMentionsJsonIsAnsweredInText() {
        Turn turn = Turn.builder("messages.create", "model-1")
                .message(Turn.Message.USER, "Explain JSON Schema to me")
                .build();

        assertThat(engine.complete(null, turn))
                .isEqualTo(new Completion.Text("You said: \"Explain JSON Schema to me\""));
    }

    @Test
    void aScriptedTextWinsOverASchemaInThePrompt() {
        Turn turn = Turn.builder("messages.create", "model-1")
                .message(Turn.Message.USER, SPRING_AI_FORMAT)
                .build();

        assertThat(engine.complete(Reply.text("Paris"), turn)).isEqualTo(new Completion.Text("Paris"));
    }

    private static Turn.Builder weather() {
        ObjectNode schema = JsonSupport.object().put("type", "object");
        schema.putObject("properties").putObject("city").put("type", "string");
        return Turn.builder("messages.create", "model-1")
                .message(Turn.Message.USER, "Weather?")
                .tool("get_weather", "Weather", schema)
                .tool("get_time", "Time", null);
    }
}
