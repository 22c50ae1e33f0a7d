package dev.mockapis.core.conversation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.Directive;
import dev.mockapis.core.conversation.Failure;
import dev.mockapis.core.conversation.Reply;
import dev.mockapis.core.internal.JsonSupport;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyEngineTests {

    private final ReplyEngine engine = new ReplyEngine();

    @Test
    void withoutADirectiveTheModelQuotesTheUser() {
        assertThat(engine.complete(null, turn("Hello").build())).isEqualTo(new Completion.Text("You said: \"Hello\""));
    }

    @Test
    void toolResultsJustSentBackAreReported() {
        Turn turn = turn("Weather?")
                .toolResults(List.of(new Turn.ToolResult("call_1", "get_weather", "Sunny")))
                .build();

        assertThat(engine.complete(null, turn))
                .isEqualTo(new Completion.Text("Here is what I found: get_weather returned Sunny"));
    }

    @Test
    void theToolRoundTripCallsTheFirstToolWithArgumentsValidForItsSchema() throws Exception {
        JsonNode schema = JsonSupport.mapper().readTree("""
                {"type":"object","properties":{"city":{"type":"string"},"days":{"type":"integer","minimum":3},
                 "unit":{"enum":["celsius","fahrenheit"]}},"required":["city"]}""");
        Turn turn = turn("Weather?").tool("get_weather", "Weather", schema).build();

        Completion completion = engine.complete(Reply.toolRoundTrip(), turn);

        assertThat(completion).isInstanceOf(Completion.ToolCalls.class);
        Completion.Call call = ((Completion.ToolCalls) completion).calls().get(0);
        assertThat(call.name()).isEqualTo("get_weather");
        assertThat(JsonSupport.mapper().readTree(call.arguments()))
                .isEqualTo(JsonSupport.mapper().readTree("{\"city\":\"sample city\",\"days\":3,\"unit\":\"celsius\"}"));
    }

    @Test
    void geminiStyleUpperCaseSchemaTypesAreUnderstood() throws Exception {
        JsonNode schema = JsonSupport.mapper()
                .readTree("{\"type\":\"OBJECT\",\"properties\":{\"count\":{\"type\":\"INTEGER\"}}}");

        Completion completion = engine.complete(
                Reply.firstTool(), turn("Count").tool("count", null, schema).build());

        assertThat(((Completion.ToolCalls) completion).calls().get(0).arguments())
                .isEqualTo("{\"count\":1}");
    }

    @Test
    void aSequenceAdvancesOncePerTurnAndRepeatsItsLastReply() {
        Reply sequence = Reply.sequence("one", "two");

        List<Completion> completions = List.of(
                engine.complete(sequence, turn("a").build()),
                engine.complete(sequence, turn("b").build()),
                engine.complete(sequence, turn("c").build()));

        assertThat(completions)
                .extracting(completion -> ((Completion.Text) completion).text())
                .containsExactly("one", "two", "two");
        engine.reset();
        assertThat(((Completion.Text) engine.complete(sequence, turn("d").build())).text())
                .isEqualTo("one");
    }

    @Test
    void theAnswerStopsBeforeTheEarliestStopSequence() {
        Turn turn = turn("x").stopSequence("END").stopSequence("STOP").build();

        Completion.Text text = (Completion.Text) engine.complete(Reply.text("go STOP now END"), turn);

        assertThat(text.text()).isEqualTo("go ");
        assertThat(text.stop()).isEqualTo(Completion.Stop.STOP_SEQUENCE);
        assertThat(text.stopSequence()).isEqualTo("STOP");
    }

    @Test
    void theAnswerIsCutAtTheOutputTokenLimit() {
        Completion.Text text = (Completion.Text) engine.complete(
                Reply.text("twelve chars and then some more"),
                turn("x").maxOutputTokens(3).build());

        assertThat(text.text()).isEqualTo("twelve chars");
        assertThat(text.stop()).isEqualTo(Completion.Stop.MAX_TOKENS);
        assertThat(text.outputTokens()).isEqualTo(3);
    }

    @Test
    void freeTextIsFittedIntoAStructuredOutputSchema() throws Exception {
        Turn turn = turn("x")
                .outputSchema(JsonSupport.mapper()
                        .readTree("{\"type\":\"object\",\"properties\":{\"answer\":{\"type\":\"string\"}}}"))
                .build();

        assertThat(((Completion.Text) engine.complete(Reply.text("{\"answer\":\"42\"}"), turn)).text())
                .isEqualTo("{\"answer\":\"42\"}");
        assertThat(((Completion.Text) engine.complete(Reply.text("Forty-two"), turn)).text())
                .isEqualTo("{\"answer\":\"Forty-two\"}");
    }

    @Test
    void failingMidStreamKeepsTheAnswerToStartWith() {
        Completion completion = engine.complete(
                Reply.failMidStream(Failure.OVERLOADED), turn("Hi").build());

        assertThat(completion)
                .isEqualTo(new Completion.FailedMidStream(new Completion.Text("You said: \"Hi\""), Failure.OVERLOADED));
    }

    @Test
    void toolCallArgumentsThatAreNotAJsonObjectAreRefusedWhenScripted() {
        assertThatThrownBy(() -> Reply.toolCall("get_weather", "Paris"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be a JSON object");
    }

    @Test
    void aDirectiveThatIsNotAReplyIsRefused() {
        assertThatThrownBy(() -> engine.complete(new Directive() {}, turn("x").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Reply.class.getName());
    }

    private static Turn.Builder turn(String userText) {
        return Turn.builder("messages.create", "model-1").message(Turn.Message.USER, userText);
    }
}
