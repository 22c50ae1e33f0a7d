package dev.mockapis.openai;

import dev.mockapis.core.Directive;
import dev.mockapis.core.Fault;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioCatalog;
import dev.mockapis.core.conversation.ConversationScenarios;
import dev.mockapis.core.conversation.Reply;
import dev.mockapis.core.conversation.internal.ConversationalApi;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The OpenAI fake's built-in scenarios, and a builder for scenarios that script model replies across
 * Chat Completions, Responses and Assistants at once.
 *
 * <pre>{@code
 * Scenario pricing = OpenAiScenarios.builder("pricing")
 *         .when(OpenAiMatchers.userTextContains("price"), Reply.text("Plans start at $10 a month."))
 *         .when(OpenAiMatchers.assistantName("triage"), Reply.toolCall("hand_off"), Reply.text("Handing you over."))
 *         .replies("Hi!", "Anything else?", "You're welcome!")
 *         .build();
 * }</pre>
 */
public final class OpenAiScenarios {

    /** The default: every call answered by the fake's stateful behaviour, replies quoting the user. */
    public static final String SUCCESSFUL_CONVERSATION = "successful_conversation";
    /** Each model turn calls the first declared tool, then answers with the tool's output. */
    public static final String TOOL_USAGE = "tool_usage";
    /** Model calls fail with 429, then 401, then 400, and again from the start, forever. */
    public static final String API_ERRORS = "api_errors";
    /** Model turns and embeddings always fail with 429. */
    public static final String RATE_LIMITED = "rate_limited";
    /** Every call fails with 401 (invalid API key). */
    public static final String UNAUTHORIZED = "unauthorized";
    /** Model turns and embeddings always fail with 400 (context length exceeded). */
    public static final String INVALID_REQUEST = "invalid_request";
    /** Model turns and embeddings always fail with 500. */
    public static final String SERVER_ERROR = "server_error";
    /** Model turns and embeddings always fail with 503. */
    public static final String OVERLOADED = "overloaded";
    /** Model turns and embeddings never answer, until the client times out. */
    public static final String TIMEOUT = "timeout";
    /** Model calls fail with 500, then 503, then succeed. */
    public static final String FLAKY = "flaky";
    /** Streamed model turns are cut off half-way; unstreamed ones succeed. */
    public static final String STREAMING_INTERRUPTED = "streaming_interrupted";

    /** Moderation flags every input (harassment, harassment/threatening, violence). */
    public static final String FLAGGED = "flagged";
    /** Batches fail while validating (enqueued token limit reached). */
    public static final String BATCH_FAILED = "batch_failed";
    /** Batches expire while in progress; their requests go to the error file. */
    public static final String BATCH_EXPIRED = "batch_expired";
    /** Batches are cancelled while in progress. */
    public static final String BATCH_CANCELLED = "batch_cancelled";
    /** On Azure OpenAI's paths, chat completions are refused by Azure's content filter (400 {@code content_filter}). */
    public static final String AZURE_CONTENT_FILTER = "azure_content_filter";
    /** Video jobs (created or remixed) fail while in progress, blocked by moderation. */
    public static final String VIDEO_FAILED = "video_failed";

    /**
     * The operations that make the model take a turn. A run resumed by
     * {@code threads.runs.submit_tool_outputs} is a turn too.
     */
    public static final List<String> TURN_OPERATIONS = List.of(
            "chat.completions.create",
            "responses.create",
            "threads.runs.create",
            "threads.create_and_run",
            "threads.runs.submit_tool_outputs");

    /** Model turns count together, as on every LLM fake; embeddings count on their own. */
    private static final List<String> MODEL_CALLS = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(ConversationalApi.TURN, "embeddings.create"),
                    EndpointScenarios.MODEL_CALLS.stream())
            .toList();

    static final ProviderError RATE_LIMIT = new ProviderError(
            429,
            "rate_limit_exceeded",
            "requests",
            "Rate limit reached for {model} in organization org-mockapis on requests per min (RPM): Limit 500, Used 500, Requested 1."
                    + " Please try again in 120ms. Visit https://platform.openai.com/account/rate-limits to learn more.",
            null);
    static final ProviderError SERVER = new ProviderError(
            500,
            null,
            "server_error",
            "The server had an error while processing your request. Sorry about that!",
            null);
    static final ProviderError OVERLOAD = new ProviderError(
            503, null, "server_error", "The engine is currently overloaded, please try again later.", null);

    private OpenAiScenarios() {}

    /**
     * Starts a scenario whose reply rules apply to every model turn ({@link #TURN_OPERATIONS}), whichever
     * API asks for it; the same builder scripts every LLM fake.
     */
    public static ConversationScenarios.Builder builder(String name) {
        return ConversationScenarios.builder(name);
    }

    static ScenarioCatalog catalog(List<String> allOperations) {
        List<Scenario> builtIn = new java.util.ArrayList<>(List.of(
                Scenario.unscripted(
                        SUCCESSFUL_CONVERSATION,
                        "Every call succeeds; replies quote the user's last message, or report tool outputs just sent back"),
                builder(TOOL_USAGE)
                        .description(
                                "Each turn calls the first declared tool with schema-valid arguments, then answers with its output")
                        .replies(Reply.toolRoundTrip())
                        .build(),
                apiErrors(),
                failing(
                        RATE_LIMITED,
                        "Model calls always fail with 429 rate_limit_exceeded",
                        new ModelError(RATE_LIMIT)),
                unauthorized(allOperations),
                invalidRequest(),
                failing(SERVER_ERROR, "Model calls always fail with 500", new ModelError(SERVER)),
                failing(OVERLOADED, "Model calls always fail with 503", new ModelError(OVERLOAD)),
                onModelCalls(
                        Scenario.builder(TIMEOUT)
                                .description("Model calls never answer, until the client's read timeout"),
                        rule -> rule.fault(Fault.stall())),
                onModelCalls(
                        Scenario.builder(FLAKY).description("Model calls fail with 500, then 503, then succeed"),
                        rule -> rule.proceedWith(new ModelError(SERVER))
                                .proceedWith(new ModelError(OVERLOAD))
                                .proceed()),
                streamingInterrupted()));
        builtIn.addAll(EndpointScenarios.all());
        return ScenarioCatalog.of("openai", builtIn);
    }

    private static Scenario apiErrors() {
        return onModelCalls(
                Scenario.builder(API_ERRORS)
                        .description(
                                "Model calls fail with 429, then 401, then 400 (context length), and again, forever"),
                rule -> rule.proceedWith(new ModelError(RATE_LIMIT))
                        .proceedWith(new RejectApiKey())
                        .proceedWith(new ContextLengthExceeded())
                        .cycling());
    }

    private static Scenario unauthorized(List<String> allOperations) {
        Scenario.Builder scenario =
                Scenario.builder(UNAUTHORIZED).description("Every call fails with 401 invalid_api_key");
        for (String operation : allOperations) {
            if (operation.equals(Images.DOWNLOAD)) {
                continue; // served without a key
            }
            scenario.on(operation, rule -> rule.proceedWith(new RejectApiKey()));
        }
        return scenario.build();
    }

    private static Scenario invalidRequest() {
        Scenario.Builder scenario = Scenario.builder(INVALID_REQUEST)
                .description("Model calls always fail with 400 context_length_exceeded");
        return onModelCalls(scenario, rule -> rule.proceedWith(new ContextLengthExceeded()));
    }

    private static Scenario streamingInterrupted() {
        Scenario.Builder scenario = Scenario.builder(STREAMING_INTERRUPTED)
                .description("Streamed model turns are cut off half-way through the events; unstreamed calls succeed");
        for (String operation : TURN_OPERATIONS) {
            scenario.on(operation, rule -> rule.when(OpenAiMatchers.streaming()).fault(Fault.disconnectMidBody()));
        }
        return scenario.build();
    }

    private static Scenario failing(String name, String description, ModelError failure) {
        return onModelCalls(Scenario.builder(name).description(description), rule -> rule.proceedWith(failure));
    }

    private static Scenario onModelCalls(Scenario.Builder scenario, UnaryOperator<Rule.Builder> script) {
        MODEL_CALLS.forEach(operation -> scenario.on(operation, script));
        return scenario.build();
    }

    static ProviderError contextLengthExceeded(String operation) {
        switch (operation) {
            case "responses.create":
                return new ProviderError(
                        400,
                        "context_length_exceeded",
                        OpenAiErrors.INVALID_REQUEST,
                        "Your input exceeds the context window of this model. Please adjust your input and try again.",
                        "input");
            case "embeddings.create":
                return new ProviderError(
                        400,
                        null,
                        OpenAiErrors.INVALID_REQUEST,
                        "This model's maximum context length is 8192 tokens, however you requested 8500 tokens (8500 in your prompt;"
                                + " 0 for the completion). Please reduce your prompt; or completion length.",
                        null);
            case "threads.runs.create":
            case "threads.create_and_run":
                return new ProviderError(
                        400,
                        "string_above_max_length",
                        OpenAiErrors.INVALID_REQUEST,
                        "Invalid 'instructions': string too long. Expected a string with maximum length 256000, but got a string"
                                + " with length 300000 instead.",
                        "instructions");
            default:
                return new ProviderError(
                        400,
                        "context_length_exceeded",
                        OpenAiErrors.INVALID_REQUEST,
                        "This model's maximum context length is 128000 tokens. However, your messages resulted in 131072 tokens. Please"
                                + " reduce the length of the messages.",
                        "messages");
        }
    }

    /** Answers 401 naming the request's (masked) API key, as OpenAI does for a wrong key. */
    record RejectApiKey() implements Directive {}

    /** Answers 400 as the called operation reports an input too long for the model. */
    record ContextLengthExceeded() implements Directive {}

    /** Answers with this error; {@code {model}} in its message becomes the model the call is for. */
    record ModelError(ProviderError error) implements Directive {
        ProviderError forModel(String model) {
            return new ProviderError(
                    error.status(),
                    error.code(),
                    error.type(),
                    error.message().replace("{model}", model),
                    error.param());
        }
    }
}
