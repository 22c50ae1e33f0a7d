package dev.mockapis.openai;

import dev.mockapis.core.ApiCall;
import dev.mockapis.core.ErrorFormat;
import dev.mockapis.core.FakeApi;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ParsedBody;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.RouteTable;
import dev.mockapis.core.ScenarioCatalog;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A stateful, wire-level fake of the OpenAI API: Chat Completions, Responses and Conversations,
 * Assistants v2 (assistants, threads, messages, runs, run steps), models and embeddings, with OpenAI's
 * ids, errors, headers, pagination and streams. Model turns are answered by the active scenario's
 * {@link Reply} directives, or by a default that quotes the user; see {@link OpenAiScenarios} for the
 * built-in scenarios and {@link OpenAiMatchers} for matching turns.
 *
 * <pre>{@code
 * try (FakeServer openai = FakeServer.start(new OpenAiFake(Clock.systemUTC()))) {
 *     OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl(openai.baseUrl() + "/v1").apiKey("sk-test").build();
 * }
 * }</pre>
 *
 * <p>Thread-safe. Ids restart from the same sequence after {@link #reset()}.
 */
public final class OpenAiFake implements FakeApi {

    private static final RouteTable ROUTES = OpenAiRoutes.table();

    private final IdGenerator ids = new IdGenerator();
    private final OpenAiHeaders headers = new OpenAiHeaders(ids);
    private final OpenAiErrors errors = new OpenAiErrors(headers);
    private final ReplyEngine replies = new ReplyEngine();
    private final ResponsesState responsesState = new ResponsesState();
    private final AssistantsState assistantsState = new AssistantsState();
    private final Map<String, BiFunction<ApiCall, Object, FakeResponse>> handlers = new HashMap<>();
    private final Map<String, Function<ApiCall, Turn>> turns = new HashMap<>();
    private final ScenarioCatalog scenarios = OpenAiScenarios.catalog(ROUTES.operationIds());

    /**
     * A fake with no state.
     *
     * @param clock the clock for {@code created} and {@code created_at} timestamps
     */
    public OpenAiFake(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        ChatCompletions chat = new ChatCompletions(ids, clock, replies);
        handlers.put("chat.completions.create", chat::create);
        turns.put("chat.completions.create", chat::turn);
        Responses responses = new Responses(ids, clock, replies, responsesState);
        handlers.put("responses.create", responses::create);
        handlers.put("responses.retrieve", responses::retrieve);
        handlers.put("responses.delete", responses::delete);
        handlers.put("responses.cancel", responses::cancel);
        handlers.put("responses.input_items.list", responses::inputItems);
        turns.put("responses.create", responses::turn);
        Conversations conversations = new Conversations(ids, clock, responsesState);
        handlers.put("conversations.create", conversations::create);
        handlers.put("conversations.retrieve", conversations::retrieve);
        handlers.put("conversations.update", conversations::update);
        handlers.put("conversations.delete", conversations::delete);
        handlers.put("conversations.items.create", conversations::createItems);
        handlers.put("conversations.items.list", conversations::listItems);
        handlers.put("conversations.items.retrieve", conversations::retrieveItem);
        handlers.put("conversations.items.delete", conversations::deleteItem);
        Assistants assistants = new Assistants(ids, clock, assistantsState);
        handlers.put("assistants.create", assistants::create);
        handlers.put("assistants.retrieve", assistants::retrieve);
        handlers.put("assistants.update", assistants::update);
        handlers.put("assistants.list", assistants::list);
        handlers.put("assistants.delete", assistants::delete);
        Threads threads = new Threads(ids, clock, assistantsState);
        handlers.put("threads.create", threads::create);
        handlers.put("threads.retrieve", threads::retrieve);
        handlers.put("threads.update", threads::update);
        handlers.put("threads.delete", threads::delete);
        handlers.put("threads.messages.create", threads::createMessage);
        handlers.put("threads.messages.retrieve", threads::retrieveMessage);
        handlers.put("threads.messages.list", threads::listMessages);
        Runs runs = new Runs(ids, clock, replies, assistantsState, threads);
        handlers.put("threads.runs.create", runs::create);
        handlers.put("threads.create_and_run", runs::createAndRun);
        handlers.put("threads.runs.retrieve", runs::retrieve);
        handlers.put("threads.runs.list", runs::list);
        handlers.put("threads.runs.cancel", runs::cancel);
        handlers.put("threads.runs.submit_tool_outputs", runs::submitToolOutputs);
        handlers.put("threads.runs.steps.list", runs::steps);
        Models models = new Models();
        handlers.put("models.list", models::list);
        handlers.put("models.retrieve", models::retrieve);
        handlers.put("embeddings.create", new Embeddings()::create);
        for (String operation : List.of("threads.runs.create", "threads.create_and_run", "threads.runs.submit_tool_outputs",
                "threads.messages.create")) {
            turns.put(operation, runs::turn);
        }
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

    @Override
    public FakeResponse handle(ApiCall call, Object directive) {
        requireApiKey(call.request());
        if (call.operationId().startsWith("assistants.") || call.operationId().startsWith("threads.")) {
            Assistants.requireBetaHeader(call.request());
        }
        if (directive instanceof OpenAiScenarios.RejectApiKey) {
            throw OpenAiErrors.error(401, "Incorrect API key provided: " + maskedKey(call.request())
                    + ". You can find your API key at https://platform.openai.com/account/api-keys.", null, "invalid_api_key");
        }
        if (directive instanceof OpenAiScenarios.Failure failure) {
            throw new ProviderErrorException(failure.forModel(modelOf(call)));
        }
        BiFunction<ApiCall, Object, FakeResponse> handler = handlers.get(call.operationId());
        if (handler == null) {
            throw new IllegalStateException("No handler for " + call.operationId());
        }
        return headers.forSuccess(handler.apply(call, directive));
    }

    @Override
    public Object context(ApiCall call) {
        Function<ApiCall, Turn> turn = turns.get(call.operationId());
        return turn == null ? null : new TurnContext(() -> turn.apply(call));
    }

    @Override
    public void reset() {
        ids.reset();
        replies.reset();
        synchronized (responsesState) {
            responsesState.clear();
        }
        synchronized (assistantsState) {
            assistantsState.clear();
        }
    }

    private static String modelOf(ApiCall call) {
        return call.context(TurnContext.class).flatMap(TurnContext::turn).map(Turn::model)
                .orElseGet(() -> call.request().parsedBody() instanceof ParsedBody.Json json ? json.node().path("model").asText("gpt-4o") : "gpt-4o");
    }

    private static void requireApiKey(FakeRequest request) {
        String authorization = request.header("Authorization").orElse("");
        if (!authorization.startsWith("Bearer ") || authorization.substring(7).isBlank()) {
            throw OpenAiErrors.error(401, "You didn't provide an API key. You need to provide your API key in an Authorization header"
                    + " using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're"
                    + " accessing the API from your browser and are prompted for a username. You can obtain an API key from"
                    + " https://platform.openai.com/account/api-keys.", null, null);
        }
    }

    private static String maskedKey(FakeRequest request) {
        String key = request.header("Authorization").orElse("").substring(7).strip();
        if (key.length() <= 8) {
            return key.substring(0, Math.min(3, key.length())) + "*".repeat(Math.max(0, key.length() - 3));
        }
        return key.substring(0, 3) + "*".repeat(key.length() - 7) + key.substring(key.length() - 4);
    }
}
