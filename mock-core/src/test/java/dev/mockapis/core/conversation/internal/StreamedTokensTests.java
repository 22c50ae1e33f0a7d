package dev.mockapis.core.conversation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapis.core.ServerSentEvent;
import org.junit.jupiter.api.Test;

class StreamedTokensTests {

    @Test
    void chatCompletionChunksCountTheirDeltas() {
        assertThat(tokens(
                        null,
                        "{\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
                                + "\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}"))
                .isZero();
        assertThat(tokens(null, "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\" sunny today\"}}]}"))
                .isEqualTo(Tokens.count(" sunny today"));
        assertThat(tokens(
                        null,
                        "{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,"
                                + "\"function\":{\"arguments\":\"{\\\"city\\\":\"}}]}}]}"))
                .isEqualTo(Tokens.count("{\"city\":"));
        assertThat(tokens(null, "{\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":12}}"))
                .isZero();
        assertThat(tokens(null, "[DONE]")).isZero();
    }

    @Test
    void responsesEventsCountTheirTextDeltasOnly() {
        assertThat(tokens(
                        "response.output_text.delta",
                        "{\"type\":\"response.output_text.delta\",\"delta\":\"Hello there\"}"))
                .isEqualTo(Tokens.count("Hello there"));
        assertThat(
                        tokens(
                                "response.completed",
                                "{\"type\":\"response.completed\",\"response\":{\"output\":[{\"content\":[{\"text\":\"Hello there\"}]}]}}"))
                .as("the whole answer again, in the closing event")
                .isZero();
    }

    @Test
    void anthropicEventsCountContentBlockDeltas() {
        assertThat(
                        tokens(
                                "content_block_delta",
                                "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Bonjour\"}}"))
                .isEqualTo(Tokens.count("Bonjour"));
        assertThat(tokens("message_start", "{\"type\":\"message_start\",\"message\":{\"content\":[]}}"))
                .isZero();
        assertThat(tokens("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"}}"))
                .isZero();
    }

    @Test
    void geminiChunksCountTheirParts() {
        assertThat(tokens(
                        null,
                        "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"It is warm\"}],\"role\":\"model\"}}]}"))
                .isEqualTo(Tokens.count("It is warm"));
        assertThat(tokens(
                        null,
                        "{\"candidates\":[{\"content\":{\"parts\":[{\"functionCall\":"
                                + "{\"name\":\"weather\",\"args\":{\"city\":\"Paris\"}}}]}}]}"))
                .isEqualTo(Tokens.count("{\"city\":\"Paris\"}"));
    }

    @Test
    void assistantsDeltasCountTheirTextValues() {
        assertThat(tokens(
                        "thread.message.delta",
                        "{\"object\":\"thread.message.delta\",\"delta\":{\"content\":[{\"index\":0,\"type\":\"text\","
                                + "\"text\":{\"value\":\"Your order\"}}]}}"))
                .isEqualTo(Tokens.count("Your order"));
    }

    private static int tokens(String event, String data) {
        return StreamedTokens.count(new ServerSentEvent(event, data));
    }
}
