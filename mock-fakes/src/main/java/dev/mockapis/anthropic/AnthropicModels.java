package dev.mockapis.anthropic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.internal.JsonSupport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code models.list} and {@code models.retrieve}: a fixed catalog of Claude models, newest first as the
 * API lists them, each with its capabilities. Retrieving an alias ({@code claude-sonnet-4-5}) answers
 * with the model it points to, as the API resolves aliases.
 */
final class AnthropicModels {

    private record Entry(
            String id,
            @Nullable String alias,
            String displayName,
            String createdAt,
            long maxInputTokens,
            long maxTokens,
            boolean adaptiveThinking,
            @Nullable String deprecatedAt,
            @Nullable String retiresAt) {

        Entry(
                String id,
                @Nullable String alias,
                String displayName,
                String createdAt,
                long maxInputTokens,
                long maxTokens,
                boolean adaptiveThinking) {
            this(id, alias, displayName, createdAt, maxInputTokens, maxTokens, adaptiveThinking, null, null);
        }

        static Entry current(String id, String displayName, String releasedOn) {
            return new Entry(id, null, displayName, releasedOn + "T00:00:00Z", 1_000_000, 128_000, true);
        }
    }

    /**
     * Newest first: every id anthropic-java 3.11's {@code Model} names (the ids the API serves now; Opus
     * 4.1 and the Claude 4.0 and 3.x ids it no longer names are retired). Release dates, context windows and
     * output limits from Anthropic's model pages; where no page of Anthropic's gave the day (Opus 5.5, Fable
     * 5.1, Mythos 5.1, Mythos Preview), the first day providers reported the model served.
     */
    private static final List<Entry> CATALOG = List.of(
            Entry.current("claude-fable-5-2", "Claude Fable 5.2", "2026-11-09"),
            Entry.current("claude-mythos-5-2", "Claude Mythos 5.2", "2026-11-09"),
            Entry.current("claude-haiku-5-5", "Claude Haiku 5.5", "2026-10-07"),
            Entry.current("claude-sonnet-5-5", "Claude Sonnet 5.5", "2026-09-28"),
            Entry.current("claude-opus-5-5", "Claude Opus 5.5", "2026-09-24"),
            Entry.current("claude-fable-5-1", "Claude Fable 5.1", "2026-09-02"),
            Entry.current("claude-mythos-5-1", "Claude Mythos 5.1", "2026-09-02"),
            Entry.current("claude-opus-5", "Claude Opus 5", "2026-07-24"),
            Entry.current("claude-sonnet-5", "Claude Sonnet 5", "2026-06-30"),
            Entry.current("claude-fable-5", "Claude Fable 5", "2026-06-09"),
            Entry.current("claude-mythos-5", "Claude Mythos 5", "2026-06-09"),
            Entry.current("claude-opus-4-8", "Claude Opus 4.8", "2026-05-28"),
            Entry.current("claude-opus-4-7", "Claude Opus 4.7", "2026-04-16"),
            Entry.current("claude-mythos-preview", "Claude Mythos Preview", "2026-04-07"),
            Entry.current("claude-sonnet-4-6", "Claude Sonnet 4.6", "2026-02-17"),
            Entry.current("claude-opus-4-6", "Claude Opus 4.6", "2026-02-05"),
            new Entry(
                    "claude-opus-4-5-20251101",
                    "claude-opus-4-5",
                    "Claude Opus 4.5",
                    "2025-11-24T00:00:00Z",
                    200_000,
                    64_000,
                    false,
                    // deprecated on 2026-11-23, to retire on 2027-01-22 (Anthropic's deprecations page)
                    "2026-11-23T00:00:00Z",
                    "2027-01-22T00:00:00Z"),
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
        model.put("lifecycle", entry.deprecatedAt() == null ? "active" : "deprecated");
        putOrNull(model, "deprecated_at", entry.deprecatedAt());
        putOrNull(model, "retires_at", entry.retiresAt());
        model.set("capabilities", capabilities(entry));
        return model;
    }

    private static void putOrNull(ObjectNode model, String field, @Nullable String value) {
        if (value == null) {
            model.putNull(field);
        } else {
            model.put(field, value);
        }
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
