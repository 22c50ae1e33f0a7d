package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.AcceptsModels;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.CallContext;
import dev.mockapis.core.Directive;
import dev.mockapis.core.ErrorFormat;
import dev.mockapis.core.FakeRequest;
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
import dev.mockapis.core.conversation.internal.Turn;
import dev.mockapis.core.conversation.internal.TurnContext;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A stateful, wire-level fake of the OpenAI API: Chat Completions, Responses and Conversations,
 * Assistants v2 (assistants, threads, messages, runs, run steps), models and embeddings, with OpenAI's
 * ids, errors, headers, pagination and streams. Model turns are answered by the active scenario's
 * {@link dev.mockapis.core.conversation.Reply Reply} directives, or by a default that quotes the user; see {@code OpenAiScenarios} for the
 * built-in scenarios and {@link OpenAiMatchers} for matching turns.
 *
 * <pre>{@code
 * try (FakeServer openai = FakeServer.start(new OpenAiFake(Clock.systemUTC()))) {
 *     OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl(openai.baseUrl() + "/v1").apiKey("sk-test").build();
 * }
 * }</pre>
 *
 * <p>Thread-safe. Ids are random, as OpenAI's are, unless seeded through {@link dev.mockapis.core.internal.IdSequence#SEED_PROPERTY};
 * seeded ids restart from the same sequence after {@link #reset()}.
 */
public final class OpenAiFake implements ConversationalApi, AcceptsModels {

    private static final RateLimitFormat RATE_LIMITS = new OpenAiRateLimits();

    private static final RouteTable ROUTES = OpenAiRoutes.table();

    private final IdGenerator ids = new IdGenerator(new IdSequence());
    private final OpenAiHeaders headers = new OpenAiHeaders(ids);
    private final OpenAiErrors errors = new OpenAiErrors(headers);
    private final ReplyEngine replies = new ReplyEngine();
    private final ResponsesState responsesState = new ResponsesState();
    private final AssistantsState assistantsState = new AssistantsState();
    private final Endpoints endpoints;
    private final ModelCatalog modelCatalog = new ModelCatalog();
    private final Models models = new Models(modelCatalog);
    private final OpenAiOperations operations;
    private final ScenarioCatalog scenarios = OpenAiScenarios.catalog(ROUTES.operationIds());

    /**
     * A fake with no state.
     *
     * @param clock the clock for {@code created} and {@code created_at} timestamps
     */
    public OpenAiFake(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        this.endpoints = new Endpoints(ids, clock);
        this.operations = new OpenAiOperations(ids, clock, replies, responsesState, assistantsState, endpoints, models);
    }

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public RouteTable routes() {
        return ROUTES;
    }

    @Override
    public ErrorFormat errorFormat() {
        return errors;
    }

    @Override
    public ScenarioCatalog scenarios() {
        return scenarios;
    }

    /** {@link OpenAiScenarios#TURN_OPERATIONS}: Chat Completions, Responses and Assistants runs. */
    @Override
    public List<String> turnOperations() {
        return OpenAiScenarios.TURN_OPERATIONS;
    }

    @Override
    public ProviderError error(Failure failure) {
        return OpenAiErrors.of(failure);
    }

    @Override
    public boolean streams(ApiCall call) {
        return call.request().parsedBody() instanceof ParsedBody.Json json
                && json.as(JsonNode.class).path("stream").asBoolean(false);
    }

    @Override
    public FakeResponse handle(ApiCall call, @Nullable Directive directive) {
        if (call.operationId().equals(Images.DOWNLOAD)) {
            // A generated image's URL is opened by browsers and plain HTTP clients, without the API key.
            return headers.forSuccess(operations.handler(call.operationId()).handle(call, directive));
        }
        if (AzureOpenAi.isAzure(call.request())) {
            FakeResponse refused = AzureOpenAi.refusal(call.request());
            if (refused == null && directive instanceof OpenAiScenarios.RejectApiKey) {
                refused = AzureOpenAi.unauthorized();
            }
            if (refused == null && directive == AzureOpenAi.ContentFilter.PROMPT) {
                refused = AzureOpenAi.promptFiltered();
            }
            return refused != null ? headers.forError(refused) : AzureOpenAi.decorate(call, answer(call, directive));
        }
        requireApiKey(call.request());
        // OpenAI's own paths have no Azure content filter: the call is answered as if unscripted.
        return answer(call, directive == AzureOpenAi.ContentFilter.PROMPT ? null : directive);
    }

    private FakeResponse answer(ApiCall call, @Nullable Directive directive) {
        if (directive instanceof OpenAiScenarios.RejectApiKey) {
            throw OpenAiErrors.error(
                    401,
                    "Incorrect API key provided: " + maskedKey(call.request())
                            + ". You can find your API key at https://platform.openai.com/account/api-keys.",
                    null,
                    "invalid_api_key");
        }
        if (call.operationId().startsWith("assistants.") || call.operationId().startsWith("threads.")) {
            Assistants.requireBetaHeader(call.request());
        }
        if (directive instanceof OpenAiScenarios.ModelError failure) {
            throw new ProviderErrorException(failure.forModel(modelOf(call)));
        }
        if (directive instanceof OpenAiScenarios.ContextLengthExceeded) {
            throw new ProviderErrorException(OpenAiScenarios.contextLengthExceeded(call.operationId()));
        }
        if (directive != null
                && !EndpointDirectives.steers(call.operationId(), directive)
                && !OpenAiScenarios.TURN_OPERATIONS.contains(call.operationId())) {
            throw new IllegalArgumentException(
                    "A Reply only steers model turns (" + String.join(", ", OpenAiScenarios.TURN_OPERATIONS)
                            + "); script " + call.operationId() + " with respond(...) or fail(...) instead");
        }
        return headers.forSuccess(operations.handler(call.operationId()).handle(call, directive));
    }

    /**
     * Parameters, types and required fields as OpenAI's OpenAPI document has them (see {@link OpenAiRequests});
     * a call without an API key (or, on Azure's paths, without a version) is left to {@link #handle}, as
     * OpenAI and Azure check those first.
     */
    @Override
    public Optional<ProviderError> checkRequest(ApiCall call) {
        if (AzureOpenAi.isAzure(call.request())) {
            return AzureOpenAi.refusal(call.request()) == null ? OpenAiRequests.check(call) : Optional.empty();
        }
        try {
            requireApiKey(call.request());
        } catch (ProviderErrorException keyFirst) {
            return Optional.empty();
        }
        return OpenAiRequests.check(call);
    }

    /**
     * An id the fake does not serve is OpenAI's {@code model_not_found}; not on Azure's paths, where
     * deployments are named by the user, and not before the API key, which OpenAI checks first.
     */
    @Override
    public Optional<ProviderError> checkModel(ApiCall call) {
        if (AzureOpenAi.isAzure(call.request())) {
            return Optional.empty();
        }
        try {
            requireApiKey(call.request());
        } catch (ProviderErrorException keyFirst) {
            return Optional.empty();
        }
        return models.refusal(call);
    }

    /**
     * Accepts these model ids too and lists them among the models: deployments behind a proxy, models
     * newer than the fake's catalogue. The catalogue is every id OpenAI's OpenAPI document names as a
     * request's {@code model}; fine-tunes ({@code ft:<base>:...}) are always accepted. Kept across
     * {@link #reset()}.
     */
    @Override
    public void acceptModels(Collection<String> ids) {
        modelCatalog.add(ids);
    }

    @Override
    public @Nullable CallContext context(ApiCall call) {
        return operations
                .turn(call.operationId())
                .map(turn -> TurnContext.of(() -> turn.apply(call)))
                .orElse(null);
    }

    /** OpenAI's {@code x-ratelimit-*} headers and 429 body, under a simulated rate limit. */
    @Override
    public RateLimitFormat rateLimitFormat() {
        return RATE_LIMITS;
    }

    @Override
    public void reset() {
        ids.reset();
        replies.reset();
        endpoints.reset();
        synchronized (responsesState) {
            responsesState.clear();
        }
        synchronized (assistantsState) {
            assistantsState.clear();
        }
    }

    /** Model-turn {@code Reply}s, or the other endpoints' directives such as {@code {flag: {harassment: [stupid]}}} or {@code {batch: expired}}. */
    @Override
    public @Nullable Directive directive(Map<String, Object> spec) {
        return EndpointDirectives.read(JsonSupport.mapper().valueToTree(spec))
                .orElseGet(() -> ConversationalApi.super.directive(spec));
    }

    private static String modelOf(ApiCall call) {
        return call.context(TurnContext.class)
                .flatMap(TurnContext::turn)
                .map(Turn::model)
                .orElseGet(() -> call.request().parsedBody() instanceof ParsedBody.Json json
                        ? json.as(JsonNode.class).path("model").asText("gpt-4o")
                        : "gpt-4o");
    }

    private static void requireApiKey(FakeRequest request) {
        String authorization = request.header("Authorization").orElse("");
        if (!authorization.startsWith("Bearer ") || authorization.substring(7).isBlank()) {
            throw OpenAiErrors.error(
                    401,
                    "You didn't provide an API key. You need to provide your API key in an Authorization header"
                            + " using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're"
                            + " accessing the API from your browser and are prompted for a username. You can obtain an API key from"
                            + " https://platform.openai.com/account/api-keys.",
                    null,
                    null);
        }
    }

    /** The key as OpenAI echoes it in a 401: the first three and last four characters, stars between. */
    private static String maskedKey(FakeRequest request) {
        String key = request.header("Authorization").orElse("").substring(7).strip();
        if (key.length() <= 8) {
            return key.substring(0, Math.min(3, key.length())) + "*".repeat(Math.max(0, key.length() - 3));
        }
        return key.substring(0, 3) + "*".repeat(key.length() - 7) + key.substring(key.length() - 4);
    }
}
