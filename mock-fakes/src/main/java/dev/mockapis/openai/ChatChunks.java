package dev.mockapis.openai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.ServerSentEvent;
import dev.mockapis.core.conversation.internal.Completion;
import dev.mockapis.core.conversation.internal.TextPieces;
import dev.mockapis.core.internal.JsonSupport;
import dev.mockapis.openai.internal.ChatDialect;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Chat Completions stream: a role chunk per choice, reasoning pieces where the dialect shows
 * reasoning, content or tool-call argument fragments, then a {@code finish_reason} chunk per choice once
 * every choice's content is out (the SDK's accumulator builds the completion when all choices have
 * finished), the usage chunk with {@code choices: []} when asked for, and {@code data: [DONE]}. Every
 * chunk but the usage one has {@code usage: null}.
 */
final class ChatChunks {

    private final ChatDialect dialect;
    private final String id;
    private final long created;
    private final String model;

    ChatChunks(ChatDialect dialect, String id, long created, String model) {
        this.dialect = dialect;
        this.id = id;
        this.created = created;
        this.model = model;
    }

    List<ServerSentEvent> events(List<ChatCompletions.Choice> choices, @Nullable ObjectNode usage) {
        List<ObjectNode> chunks = contentChunks(choices);
        for (ChatCompletions.Choice choice : choices) {
            ObjectNode chunk = chunk();
            ObjectNode rendered = ((ArrayNode) chunk.get("choices")).addObject();
            rendered.put("index", choice.index());
            rendered.putObject("delta");
            rendered.putNull("logprobs");
            rendered.put("finish_reason", choice.finishReason());
            chunks.add(chunk);
        }
        if (usage != null) {
            ObjectNode chunk = chunk();
            chunk.set("usage", usage);
            chunks.add(chunk);
        }
        List<ServerSentEvent> events = new ArrayList<>();
        chunks.forEach(chunk -> events.add(ServerSentEvent.data(JsonSupport.write(chunk))));
        events.add(ServerSentEvent.data("[DONE]"));
        return events;
    }

    /** The first half of the content chunks, then an {@code error} payload, as when the provider fails mid-stream. */
    List<ServerSentEvent> failing(List<ChatCompletions.Choice> choices, ProviderError error) {
        List<ObjectNode> chunks = contentChunks(choices);
        List<ServerSentEvent> events = new ArrayList<>();
        chunks.subList(0, (chunks.size() + 1) / 2)
                .forEach(chunk -> events.add(ServerSentEvent.data(JsonSupport.write(chunk))));
        ObjectNode payload = JsonSupport.object();
        payload.putObject("error")
                .put("message", error.message())
                .put("type", error.type() != null ? error.type() : "server_error")
                .put("param", error.param())
                .put("code", error.code());
        events.add(ServerSentEvent.data(JsonSupport.write(payload)));
        return events;
    }

    private List<ObjectNode> contentChunks(List<ChatCompletions.Choice> choices) {
        List<ObjectNode> chunks = new ArrayList<>();
        for (ChatCompletions.Choice choice : choices) {
            if (choice.completion() instanceof Completion.Text text) {
                textChunks(choice.index(), text, chunks);
            } else {
                toolCallChunks(choice, chunks);
            }
        }
        return chunks;
    }

    private void textChunks(int index, Completion.Text text, List<ObjectNode> chunks) {
        ObjectNode first = delta(index, chunks);
        first.put("role", "assistant").put("content", "");
        refusal(first);
        reasoningChunks(index, text, first, chunks);
        for (String piece : TextPieces.words(text.text())) {
            delta(index, chunks).put("content", piece);
        }
    }

    /** The reasoning, piece by piece, where the dialect shows it: the first piece in the role chunk, as the providers send it. */
    private void reasoningChunks(int index, Completion completion, ObjectNode first, List<ObjectNode> chunks) {
        String field = dialect.reasoningField();
        if (field == null || completion.reasoning() == null) {
            return;
        }
        first.putNull("content").put(field, "");
        for (String piece : TextPieces.words(completion.reasoning())) {
            delta(index, chunks).putNull("content").put(field, piece);
        }
    }

    private void toolCallChunks(ChatCompletions.Choice choice, List<ObjectNode> chunks) {
        List<Completion.Call> calls = ((Completion.ToolCalls) choice.completion()).calls();
        ObjectNode head = null;
        for (int i = 0; i < calls.size(); i++) {
            head = delta(choice.index(), chunks);
            if (i == 0) {
                head.put("role", "assistant").putNull("content");
                refusal(head);
                reasoningChunks(choice.index(), choice.completion(), head, chunks);
                if (dialect.reasoningField() != null && choice.completion().reasoning() != null) {
                    head = delta(choice.index(), chunks);
                }
            }
            ObjectNode call = head.putArray("tool_calls").addObject();
            call.put("index", i).put("id", choice.callIds().get(i)).put("type", "function");
            call.putObject("function").put("name", calls.get(i).name()).put("arguments", "");
            for (String fragment : TextPieces.fragments(calls.get(i).arguments())) {
                ObjectNode piece =
                        delta(choice.index(), chunks).putArray("tool_calls").addObject();
                piece.put("index", i);
                piece.putObject("function").put("arguments", fragment);
            }
        }
    }

    private void refusal(ObjectNode delta) {
        if (dialect.refusals()) {
            delta.putNull("refusal");
        }
    }

    /** Adds a chunk for one choice and returns its delta to fill. */
    private ObjectNode delta(int index, List<ObjectNode> chunks) {
        ObjectNode chunk = chunk();
        ObjectNode choice = ((ArrayNode) chunk.get("choices")).addObject();
        choice.put("index", index);
        ObjectNode delta = choice.putObject("delta");
        choice.putNull("logprobs");
        choice.putNull("finish_reason");
        chunks.add(chunk);
        return delta;
    }

    private ObjectNode chunk() {
        ObjectNode chunk = JsonSupport.object();
        chunk.put("id", id);
        chunk.put("object", "chat.completion.chunk");
        chunk.put("created", created);
        chunk.put("model", model);
        dialect.describeService(chunk);
        chunk.putArray("choices");
        chunk.putNull("usage");
        return chunk;
    }
}
