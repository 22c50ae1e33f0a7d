package dev.mockapis.core.conversation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.mockapis.core.conversation.Failure;
import dev.mockapis.core.conversation.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyDirectivesTests {

    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void readsEachKindOfReply() throws Exception {
        assertThat(read("{ reply: Hello }")).isEqualTo(Reply.text("Hello"));
        assertThat(read("{ toolCall: get_weather }")).isEqualTo(Reply.toolCall("get_weather"));
        assertThat(read("{ toolCall: { name: get_weather, arguments: { city: Paris } } }"))
                .isEqualTo(Reply.toolCall("get_weather", "{\"city\":\"Paris\"}"));
        assertThat(read("{ toolCalls: [ { name: a }, b ] }"))
                .isEqualTo(Reply.toolCalls(new Reply.ToolCall("a", null), new Reply.ToolCall("b", null)));
        assertThat(read("{ firstTool: true }")).isEqualTo(Reply.firstTool());
        assertThat(read("{ toolRoundTrip: true }")).isEqualTo(Reply.toolRoundTrip());
        assertThat(read("{ echo: true }")).isEqualTo(Reply.echo());
        assertThat(read("{ failMidStream: overloaded }")).isEqualTo(Reply.failMidStream(Failure.OVERLOADED));
    }

    @Test
    void readsASequenceOfTextsAndReplies() throws Exception {
        Reply reply = read("{ sequence: [ { toolCall: get_weather }, It is sunny. ] }");

        assertThat(reply).isInstanceOf(Reply.Sequence.class);
        assertThat(((Reply.Sequence) reply).replies())
                .containsExactly(Reply.toolCall("get_weather"), Reply.text("It is sunny."));
    }

    @Test
    void anEmptyDirectiveMeansTheFakesDefault() throws Exception {
        assertThat(read("{}")).isNull();
    }

    @Test
    void mistakesNameWhatIsAccepted() {
        assertThatThrownBy(() -> read("{ failMidStream: meltdown }"))
                .hasMessageContaining("unknown failure 'meltdown'")
                .hasMessageContaining("overloaded");
        assertThatThrownBy(() -> read("{ reply: Hi, echo: true }"))
                .hasMessageContaining("expected one of "
                        + List.of(
                                "reply",
                                "toolCall",
                                "toolCalls",
                                "firstTool",
                                "toolRoundTrip",
                                "echo",
                                "failMidStream",
                                "sequence"));
        assertThatThrownBy(() -> read("{ toolCall: { name: a, arguments: \"not json\" } }"))
                .hasMessageContaining("must be a JSON object");
    }

    private static Reply read(String yaml) throws Exception {
        JsonNode spec = YAML.readTree(yaml);
        return ReplyDirectives.read(spec);
    }
}
