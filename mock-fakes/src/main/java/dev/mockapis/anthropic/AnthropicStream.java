package dev.mockapis.anthropic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.ServerSentEvent;
import dev.mockapis.core.conversation.internal.TextPieces;
import dev.mockapis.core.internal.JsonSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The events that stream an answer, as the Messages API sends them: {@code message_start}, per block
 * {@code content_block_start}, {@code content_block_delta}s ({@code text_delta} word by word,
 * {@code input_json_delta} in fragments) and {@code content_block_stop}, a {@code ping} after the first
 * block starts, then {@code message_delta} with the stop reason and usage, and {@code message_stop}.
 */
final class AnthropicStream {

    private AnthropicStream() {}

    /** The whole stream. */
    static List<ServerSentEvent> events(AnthropicAnswer answer) {
        List<ServerSentEvent> events = new ArrayList<>();
        ObjectNode start = event("message_start");
        start.set("message", answer.startedMessage());
        events.add(named(start));
        for (int index = 0; index < answer.blocks().size(); index++) {
            AnthropicAnswer.Block block = answer.blocks().get(index);
            ObjectNode blockStart = event("content_block_start").put("index", index);
            blockStart.set("content_block", AnthropicAnswer.block(block, false));
            events.add(named(blockStart));
            if (index == 0) {
                events.add(named(event("ping")));
            }
            for (ObjectNode delta : deltas(block)) {
                ObjectNode blockDelta = event("content_block_delta").put("index", index);
                blockDelta.set("delta", delta);
                events.add(named(blockDelta));
            }
            events.add(named(event("content_block_stop").put("index", index)));
        }
        ObjectNode messageDelta = event("message_delta");
        messageDelta
                .putObject("delta")
                .put("stop_reason", answer.stopReason())
                .put("stop_sequence", answer.stopSequence());
        messageDelta.putObject("usage").put("output_tokens", answer.outputTokens());
        events.add(named(messageDelta));
        events.add(named(event("message_stop")));
        return events;
    }

    /** The stream up to half of its deltas, then an {@code error} event, as when Anthropic fails mid-stream. */
    static List<ServerSentEvent> failing(AnthropicAnswer answer, ProviderError error) {
        List<ServerSentEvent> all = events(answer);
        long deltas = all.stream()
                .filter(event -> name(event).equals("content_block_delta"))
                .count();
        long half = (deltas + 1) / 2;
        long sent = 0;
        List<ServerSentEvent> cut = new ArrayList<>();
        for (ServerSentEvent event : all) {
            boolean progress = name(event).equals("content_block_delta")
                    || name(event).endsWith("_stop")
                    || name(event).equals("message_delta");
            if (sent >= half && progress) {
                break;
            }
            cut.add(event);
            if (name(event).equals("content_block_delta")) {
                sent++;
            }
        }
        cut.add(ServerSentEvent.named("error", JsonSupport.write(AnthropicErrors.streamEvent(error))));
        return cut;
    }

    private static String name(ServerSentEvent event) {
        return Objects.requireNonNull(event.event(), "every event of an Anthropic stream is named");
    }

    private static List<ObjectNode> deltas(AnthropicAnswer.Block block) {
        List<ObjectNode> deltas = new ArrayList<>();
        if (block instanceof AnthropicAnswer.TextBlock text) {
            TextPieces.words(text.text())
                    .forEach(word -> deltas.add(
                            JsonSupport.object().put("type", "text_delta").put("text", word)));
        } else if (block instanceof AnthropicAnswer.ThinkingBlock thinking) {
            TextPieces.words(thinking.thinking())
                    .forEach(word -> deltas.add(
                            JsonSupport.object().put("type", "thinking_delta").put("thinking", word)));
            deltas.add(JsonSupport.object().put("type", "signature_delta").put("signature", thinking.signature()));
        } else {
            TextPieces.fragments(((AnthropicAnswer.ToolUseBlock) block).input())
                    .forEach(piece -> deltas.add(
                            JsonSupport.object().put("type", "input_json_delta").put("partial_json", piece)));
        }
        return deltas;
    }

    private static ObjectNode event(String type) {
        return JsonSupport.object().put("type", type);
    }

    private static ServerSentEvent named(ObjectNode event) {
        return ServerSentEvent.named(event.get("type").asText(), JsonSupport.write(event));
    }
}
