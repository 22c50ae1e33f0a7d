package dev.mockapis.anthropic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.internal.JsonSupport;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code models.list} and {@code models.retrieve}: a fixed catalog of Claude models, newest first as the
 * API lists them, each with its capabilities. Retrieving an alias ({@code claude-sonnet-4-5}) answers
 * with the model it points to, as the API resolves aliases.
 */
final class AnthropicModels {

    private record Entry(
            String id,
            String alias,
            String displayName,
            String createdAt,
            long maxInputTokens,
            long maxTokens,
            boolean adaptiveThinking) {}

    /** Newest first. Release dates, context windows and output limits from Anthropic's model pages. */
    private static final List<Entry> CATALOG = List.of(
            new Entry("claude-opus-5", null, "Claude Opus 5", "2026-07-24T00:00:00Z", 1_000_000, 128_000, true),
            new Entry(
                    "claude-opus-4-5-20251101",
                    "claude-opus-4-5",
                    "Claude Opus 4.5",
                    "2025-11-24T00:00:00Z",
                    200_000,
                    64_000,
                    false),
            new Entry(
                    "claude-haiku-4-5-20251001",
                    "claude-haiku-4-5",
                    "Claude Haiku 4.5",
                    "2025-10-15T00:00:00Z",
                    200_000,
                    64_000,
                    false),
            new Entry(
                    "claude-sonnet-4-5-20250929",
                    "claude-sonnet-4-5",
                    "Claude Sonnet 4.5",
                    "2025-09-29T00:00:00Z",
                    200_000,
                    64_000,
                    false));

    private final Map<String, Entry> byName = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Entry> added = new java.util.concurrent.CopyOnWriteArrayList<>();

    AnthropicModels() {
        for (Entry entry : CATALOG) {
            byName.put(entry.id(), entry);
            if (entry.alias() != null) {
                byName.put(entry.alias(), entry);
            }
        }
    }

    /**
     * Accepts and lists these ids too, each described as the newest model of the catalog is (its limits
     * and capabilities), under its own id and display name.
     */
    void add(java.util.Collection<String> ids) {
        Entry newest = CATALOG.get(0);
        for (String id : ids) {
            String trimmed = id.trim();
            if (!trimmed.isEmpty() && !byName.containsKey(trimmed)) {
                Entry entry = new Entry(
                        trimmed,
                        null,
                        trimmed,
                        newest.createdAt(),
                        newest.maxInputTokens(),
                        newest.maxTokens(),
                        newest.adaptiveThinking());
                added.add(entry);
                byName.put(trimmed, entry);
            }
        }
    }

    /** Anthropic's 404 for a model id or alias it does not have: {@code not_found_error}, {@code model: <id>}. */
    void require(String idOrAlias) {
        if (!byName.containsKey(idOrAlias)) {
            throw new ProviderErrorException(
                    AnthropicErrors.error(404, AnthropicErrors.NOT_FOUND, "model: " + idOrAlias));
        }
    }

    /** The catalog's model id for an id or alias, if the catalog has it. */
    Optional<String> resolve(String idOrAlias) {
        return Optional.ofNullable(byName.get(idOrAlias)).map(Entry::id);
    }

    FakeResponse list(ApiCall call) {
        List<ObjectNode> models = java.util.stream.Stream.concat(CATALOG.stream(), added.stream())
                .map(AnthropicModels::info)
                .toList();
        return FakeResponse.json(200, CursorPage.of(call.request(), models).json());
    }

    FakeResponse retrieve(ApiCall call) {
        String id = call.pathVariable("model_id").orElseThrow();
        Entry entry = byName.get(id);
        if (entry == null) {
            throw new ProviderErrorException(AnthropicErrors.error(404, AnthropicErrors.NOT_FOUND, "model: " + id));
        }
        return FakeResponse.json(200, info(entry));
    }

    private static ObjectNode info(Entry entry) {
        ObjectNode model = JsonSupport.object();
        model.put("id", entry.id());
        model.put("type", "model");
        model.put("display_name", entry.displayName());
        model.put("created_at", entry.createdAt());
        model.put("max_input_tokens", entry.maxInputTokens());
        model.put("max_tokens", entry.maxTokens());
        model.put("lifecycle", "active");
        model.putNull("deprecated_at");
        model.putNull("retires_at");
        model.set("capabilities", capabilities(entry));
        return model;
    }

    /** The full capability tree, a {@code supported} flag at every leaf, as the API returns it. */
    private static ObjectNode capabilities(Entry entry) {
        ObjectNode capabilities = JsonSupport.object();
        supported(capabilities, "batch", true);
        supported(capabilities, "citations", true);
        supported(capabilities, "code_execution", true);
        ObjectNode context = supported(capabilities, "context_management", true);
        supported(context, "clear_thinking_20251015", true);
        supported(context, "clear_tool_uses_20250919", true);
        supported(context, "compact_20260112", entry.adaptiveThinking());
        ObjectNode effort = supported(capabilities, "effort", entry.adaptiveThinking());
        for (String level : List.of("low", "medium", "high", "max")) {
            supported(effort, level, entry.adaptiveThinking());
        }
        supported(capabilities, "image_input", true);
        supported(capabilities, "pdf_input", true);
        ObjectNode serverTools = supported(capabilities, "server_tools", true);
        supported(serverTools, "code_execution", true);
        supported(serverTools, "web_search", true);
        supported(capabilities, "structured_outputs", true);
        ObjectNode thinking = supported(capabilities, "thinking", true);
        ObjectNode types = thinking.putObject("types");
        supported(types, "adaptive", entry.adaptiveThinking());
        supported(types, "between_tools", true);
        supported(types, "disabled", true);
        supported(types, "enabled", true);
        return capabilities;
    }

    private static ObjectNode supported(ObjectNode parent, String name, boolean supported) {
        ObjectNode node = parent.putObject(name);
        node.put("supported", supported);
        return node;
    }
}
