package dev.mockapis.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.mockapis.core.conversation.internal.Completion;
import dev.mockapis.core.conversation.internal.ConversationalApi;
import dev.mockapis.core.conversation.internal.ReplyEngine;
import dev.mockapis.core.conversation.internal.Tokens;
import dev.mockapis.core.conversation.internal.TurnContext;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A fake of Anthropic's Messages API ({@code POST /v1/messages} and {@code /v1/messages/count_tokens}),
 * answering as Claude would: text and {@code tool_use} blocks, stop reasons, usage, streamed events,
 * message threads ({@code "thread"}: a continued conversation is kept on the fake, as on the API) and
 * Anthropic's own errors and rate-limit headers; and of the resources around it (the models catalog, Message
 * Batches, Files). Point a client's base URL at the server (no
 * {@code /v1}, as Anthropic's SDKs expect).
 *
 * <p>Scenario directives are {@link dev.mockapis.core.conversation.Reply}s. Thread-safe.
 */
public final class AnthropicFake implements ConversationalApi, AcceptsModels {

    static final String CREATE = "messages.create";
    static final String COUNT_TOKENS = "messages.count_tokens";

    private static final RouteTable ROUTES = AnthropicRoutes.table();

    private final IdSequence ids = new IdSequence();
    private final ReplyEngine replies = new ReplyEngine();
    private final AnthropicErrors errors = new AnthropicErrors(ids);
    private final AnthropicRateLimits rateLimits;
    private final ScenarioCatalog scenarios;
    private final AnthropicResources resources;
    private final MessageThreads threads;
    private final AnthropicModels models = new AnthropicModels();

    /**
     * A fake with fresh state.
     *
     * @param clock the time for rate-limit reset headers
     */
    public AnthropicFake(Clock clock) {
        this.rateLimits = new AnthropicRateLimits(Objects.requireNonNull(clock, "clock"));
        this.scenarios = AnthropicScenarios.catalog(this);
        this.resources = new AnthropicResources(ids, clock, models);
        this.threads = new MessageThreads(clock);
    }

    @Override
    public String name() {
        return "anthropic";
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
    public List<String> turnOperations() {
        return List.of(CREATE);
    }

    @Override
    public ProviderError error(Failure failure) {
        return AnthropicErrors.of(failure);
    }

    @Override
    public boolean streams(ApiCall call) {
        return call.request().parsedBody() instanceof ParsedBody.Json json
                && json.as(JsonNode.class).path("stream").asBoolean(false);
    }

    /**
     * Parameters, types and required fields as the API reference has them (see {@link AnthropicRequests});
     * a call with missing or bad headers is left to {@link #handle}, as Anthropic checks those first.
     */
    @Override
    public java.util.Optional<ProviderError> checkRequest(ApiCall call) {
        try {
            AnthropicHeaders.check(call.request());
        } catch (ProviderErrorException headersFirst) {
            return java.util.Optional.empty();
        }
        return AnthropicRequests.check(call);
    }

    /** A message naming a model the catalog lacks is Anthropic's 404 {@code model: <id>}; headers come first. */
    @Override
    public java.util.Optional<ProviderError> checkModel(ApiCall call) {
        try {
            AnthropicHeaders.check(call.request());
        } catch (ProviderErrorException headersFirst) {
            return java.util.Optional.empty();
        }
        if ((call.operationId().equals(CREATE) || call.operationId().equals(COUNT_TOKENS))
                && call.request().parsedBody() instanceof ParsedBody.Json json) {
            JsonNode model = json.as(JsonNode.class).path("model");
            try {
                if (model.isTextual()) {
                    models.require(model.asText());
                }
            } catch (ProviderErrorException unknown) {
                return java.util.Optional.of(unknown.error());
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Accepts these model ids too and lists them after the catalog's (Claude Opus 5, Opus 4.5, Haiku 4.5,
     * Sonnet 4.5 and their aliases); kept across {@link #reset()}.
     */
    @Override
    public void acceptModels(java.util.Collection<String> ids) {
        models.add(ids);
    }

    @Override
    public FakeResponse handle(ApiCall call, @Nullable Directive directive) {
        AnthropicHeaders.check(call.request());
        if (resources.handles(call.operationId())) {
            return resources.handle(call, directive).withHeader("request-id", errors.requestId());
        }
        if (call.operationId().equals(COUNT_TOKENS)) {
            JsonNode body = call.request().json(JsonNode.class);
            MessagesRequest request = MessagesRequest.read(call.operationId(), body);
            int inputTokens = inputTokens(request, body);
            return FakeResponse.json(200, JsonSupport.object().put("input_tokens", inputTokens))
                    .withHeader("request-id", errors.requestId());
        }
        MessageThreads.Request threaded = threads.begin(call.request().json(JsonNode.class));
        try {
            MessagesRequest request = MessagesRequest.read(call.operationId(), threaded.body());
            int inputTokens = inputTokens(request, threaded.body());
            return answer(request, replies.complete(directive, request.turn()), inputTokens, threaded)
                    .withHeader("request-id", errors.requestId());
        } catch (RuntimeException e) {
            threads.abandon(threaded);
            throw e;
        }
    }

    private FakeResponse answer(
            MessagesRequest request, Completion completion, int inputTokens, MessageThreads.Request threaded) {
        String model = request.turn().model();
        if (completion instanceof Completion.FailedMidStream failed) {
            ProviderError error = AnthropicErrors.of(failed.failure());
            if (!request.stream()) {
                throw new ProviderErrorException(error);
            }
            threads.abandon(threaded);
            return FakeResponse.eventStream(
                    AnthropicStream.failing(answerOf(failed.partial(), model, inputTokens), error));
        }
        AnthropicAnswer answer = answerOf(completion, model, inputTokens);
        threads.end(threaded, answer.message());
        return request.stream()
                ? FakeResponse.eventStream(AnthropicStream.events(answer))
                : FakeResponse.json(200, answer.message());
    }

    /**
     * The request's input tokens: its text, and the text of the files its {@code file} sources point at.
     *
     * @throws ProviderErrorException with the API's 404 for a file the fake does not have
     */
    private int inputTokens(MessagesRequest request, JsonNode body) {
        int tokens = Tokens.count(request.turn().inputText());
        for (AnthropicFiles.StoredFile file : resources.files().sources(body)) {
            tokens += file.text().map(Tokens::count).orElse(0);
        }
        return tokens;
    }

    private AnthropicAnswer answerOf(Completion completion, String model, int inputTokens) {
        return AnthropicAnswer.of(
                completion,
                ids.next("msg_01", IdSequence.BASE62, 22),
                model,
                inputTokens,
                () -> ids.next("toolu_01", IdSequence.BASE62, 22));
    }

    /** The turn a {@code messages.create} call asks for, for {@link dev.mockapis.core.conversation.ConversationMatchers}. */
    @Override
    public @Nullable CallContext context(ApiCall call) {
        if (!call.operationId().equals(CREATE)) {
            return null;
        }
        return TurnContext.of(() -> MessagesRequest.read(
                        call.operationId(),
                        threads.read(call.request().json(JsonNode.class)).body())
                .turn());
    }

    @Override
    public RateLimitFormat rateLimitFormat() {
        return rateLimits;
    }

    @Override
    public void reset() {
        ids.reset();
        replies.reset();
        resources.reset();
        threads.reset();
    }
}
