package dev.mockapis.deepseek;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.AcceptsModels;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.CallContext;
import dev.mockapis.core.Directive;
import dev.mockapis.core.ErrorFormat;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ParsedBody;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.RateLimitFormat;
import dev.mockapis.core.RouteTable;
import dev.mockapis.core.ScenarioCatalog;
import dev.mockapis.core.conversation.Failure;
import dev.mockapis.core.conversation.internal.ConversationalApi;
import dev.mockapis.core.conversation.internal.ReplyEngine;
import dev.mockapis.core.conversation.internal.TurnContext;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import dev.mockapis.openai.ChatCompletions;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fake of DeepSeek's OpenAI-compatible API at its own base URL: {@code POST /chat/completions} and
 * {@code GET /models}, with and without {@code /v1}. Chat Completions are the OpenAI fake's, in
 * DeepSeek's dialect: its model names, thinking mode with {@code reasoning_content}, context-cache usage
 * ({@code prompt_cache_hit_tokens}, {@code prompt_cache_miss_tokens}) and errors (400, 401, 402, 422,
 * 429, 500, 503). Point an OpenAI-compatible client's base URL at the server.
 *
 * <p>Scenario directives are {@link dev.mockapis.core.conversation.Reply}s. Thread-safe.
 */
public final class DeepSeekFake implements ConversationalApi, AcceptsModels {

    private final List<String> addedModels = new java.util.concurrent.CopyOnWriteArrayList<>();

    static final String CHAT = "chat.completions.create";
    static final String MODELS = "models.list";

    private static final RouteTable ROUTES = DeepSeekRoutes.table();

    private static final ErrorFormat ERRORS = new DeepSeekErrors();

    private static final RateLimitFormat RATE_LIMITS = new DeepSeekRateLimits();

    private final IdSequence ids = new IdSequence();
    private final PromptCache cache = new PromptCache();
    private final ReplyEngine replies = new ReplyEngine();
    private final ChatCompletions chat;
    private final ScenarioCatalog scenarios;

    /**
     * A fake with fresh state.
     *
     * @param clock the clock for {@code created}
     */
    public DeepSeekFake(Clock clock) {
        this.chat = new ChatCompletions(new DeepSeekDialect(ids, cache, addedModels), clock, replies);
        this.scenarios = DeepSeekScenarios.catalog(this);
    }

    @Override
    public String name() {
        return "deepseek";
    }

    @Override
    public RouteTable routes() {
        return ROUTES;
    }

    @Override
    public ErrorFormat errorFormat() {
        return ERRORS;
    }

    @Override
    public ScenarioCatalog scenarios() {
        return scenarios;
    }

    @Override
    public List<String> turnOperations() {
        return List.of(CHAT);
    }

    @Override
    public ProviderError error(Failure failure) {
        return DeepSeekErrors.of(failure);
    }

    @Override
    public boolean streams(ApiCall call) {
        return call.request().parsedBody() instanceof ParsedBody.Json json
                && json.as(JsonNode.class).path("stream").asBoolean(false);
    }

    @Override
    public FakeResponse handle(ApiCall call, @Nullable Directive directive) {
        DeepSeekHeaders.check(call.request());
        if (call.operationId().equals(MODELS)) {
            return FakeResponse.json(200, models());
        }
        requireFields(call.request().json(JsonNode.class), "model", "messages");
        return chat.create(call, directive);
    }

    /** The turn a chat completion asks for, for {@link dev.mockapis.core.conversation.ConversationMatchers}. */
    @Override
    public @Nullable CallContext context(ApiCall call) {
        return call.operationId().equals(CHAT) ? TurnContext.of(() -> chat.turn(call)) : null;
    }

    /** DeepSeek reads the body into its request type first: a missing field is an invalid parameter (422). */
    private static void requireFields(JsonNode body, String... fields) {
        for (String field : fields) {
            if (!body.hasNonNull(field)) {
                throw new ProviderErrorException(DeepSeekErrors.invalidParameters(
                        "Failed to deserialize the JSON body into the target type: missing field `" + field + "`"));
            }
        }
    }

    /**
     * Accepts these model ids too and lists them after DeepSeek's own ({@code deepseek-v4-flash},
     * {@code deepseek-v4-pro} and the aliases {@code deepseek-chat}, {@code deepseek-reasoner}); kept across
     * {@link #reset()}.
     */
    @Override
    public void acceptModels(java.util.Collection<String> ids) {
        for (String id : ids) {
            String trimmed = id.trim();
            if (!trimmed.isEmpty() && !DeepSeekDialect.MODELS.contains(trimmed) && !addedModels.contains(trimmed)) {
                addedModels.add(trimmed);
            }
        }
    }

    private ObjectNode models() {
        ObjectNode list = JsonSupport.object().put("object", "list");
        ArrayNode data = list.putArray("data");
        java.util.stream.Stream.concat(DeepSeekDialect.MODELS.stream(), addedModels.stream())
                .forEach(model ->
                        data.addObject().put("id", model).put("object", "model").put("owned_by", "deepseek"));
        return list;
    }

    @Override
    public RateLimitFormat rateLimitFormat() {
        return RATE_LIMITS;
    }

    @Override
    public void reset() {
        ids.reset();
        replies.reset();
        cache.clear();
    }
}
