package dev.mockapis.core;

import dev.mockapis.core.internal.JsonSupport;
import dev.mockapis.core.internal.MalformedBodyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A stateful fake of one provider API, free of any HTTP server: its routes, its error format, its
 * built-in scenarios and its default behaviour. A {@link FakeServer} puts it on a socket.
 *
 * <p>Implementations must be thread-safe: requests are handled concurrently.
 */
public interface FakeApi {

    /** The api's name as tests refer to it: {@code openai}, {@code twilio}, ... */
    String name();

    /** The routes, each naming an operation id. */
    RouteTable routes();

    /** How the provider shapes its errors. */
    ErrorFormat errorFormat();

    /** The built-in scenarios; the catalog's default is active unless a test selects another. */
    ScenarioCatalog scenarios();

    /**
     * Answers a call with the fake's stateful behaviour.
     *
     * @param call the routed request
     * @param directive a provider-specific instruction from the scenario, or {@code null}
     * @return the response
     * @throws ProviderErrorException to answer with a provider-shaped error
     * @throws MalformedBodyException when the body cannot be read
     */
    FakeResponse handle(ApiCall call, @Nullable Directive directive);

    /**
     * What the fake knows about a call that its request alone does not say (the conversation so far,
     * the assistant a run belongs to), offered to scenario matchers through {@link ApiCall#context()}
     * before any rule is matched. Should be cheap or lazy; a failure here only means no context.
     *
     * @param call the routed request
     * @return the context, or {@code null} (the default) for none
     */
    default @Nullable CallContext context(ApiCall call) {
        return null;
    }

    /**
     * What the provider would refuse in a call before doing anything with it: a parameter it does not
     * know, a value of the wrong type, a required parameter left out, each answered with the provider's
     * own 400. Checked before any scenario rule, unless the server's strict requests are switched off
     * ({@link FakeServer#strictRequests(boolean)}). Fakes usually check a table of their operations' parameters. None by default.
     *
     * @param call the routed request
     * @return the provider's error, or empty when the provider would take the request
     */
    default Optional<ProviderError> checkRequest(ApiCall call) {
        return Optional.empty();
    }

    /**
     * The provider's refusal of a model it does not serve, such as OpenAI's 404 {@code model_not_found}.
     * Checked on every call before any scenario rule, after {@link #checkRequest} when strict requests
     * are on and also when they are off: a vendor extension in a request is a choice, a mistyped model
     * id a bug. Fakes accept more models through {@link AcceptsModels}. None by default.
     *
     * @param call the routed request
     * @return the provider's error, or empty when the provider serves the model (or the call names none)
     */
    default Optional<ProviderError> checkModel(ApiCall call) {
        return Optional.empty();
    }

    /** Forgets all state: resources created, counters, pending callbacks. */
    void reset();

    /** How the provider reports rate limits; a plain {@code Retry-After} unless the provider has its own headers. */
    default RateLimitFormat rateLimitFormat() {
        return RateLimitFormat.RETRY_AFTER_ONLY;
    }

    /**
     * Reads a directive written in a scenario file ({@code proceed: {reply: "Hi"}}) into the value
     * {@link #handle} understands.
     *
     * @param spec the directive's fields as the file gives them (strings, numbers, booleans, lists and
     *     maps), empty when the step says only {@code proceed}
     * @return the directive, or {@code null} for the fake's default behaviour
     *
     * @throws IllegalArgumentException naming what is wrong or what the api accepts
     */
    default @Nullable Directive directive(Map<String, Object> spec) {
        if (spec.isEmpty()) {
            return null;
        }
        throw new IllegalArgumentException(name() + " takes no directives, got " + JsonSupport.write(spec));
    }

    /**
     * Whether the provider calls the application back because of calls, as Twilio posts status
     * callbacks, so that scenario steps (and recordings) may carry {@link Callback}s. None by default.
     */
    default boolean sendsCallbacks() {
        return false;
    }

    /**
     * Sends the callbacks a scripted or replayed step carries, once its response has answered the call:
     * the way the fake sends its own (Twilio's fake queues them for the webhook simulators).
     *
     * @param call the call the step answered
     * @param callbacks the callbacks, in order
     * @throws UnsupportedOperationException when the api {@linkplain #sendsCallbacks() sends none}
     */
    default void sendCallbacks(ApiCall call, List<Callback> callbacks) {
        throw new UnsupportedOperationException(name() + " sends no callbacks");
    }

    /**
     * A scenario file condition of this api's own kind, such as the LLM fakes' {@code userTextContains}.
     * None by default.
     *
     * @param kind the condition's name in the file
     * @param value its value, as text
     * @throws IllegalArgumentException when the kind is the api's but the value is not acceptable
     */
    default Optional<RequestMatcher> condition(String kind, String value) {
        return Optional.empty();
    }

    /** The tokens a call costs against a token rate limit; 0 for apis that do not count tokens. */
    default int tokenCost(ApiCall call) {
        return 0;
    }

    /**
     * How many tokens a streamed event carries, for a scenario's {@link StreamTiming}: the stream's first
     * event waits the time to first token, each later one {@code tokens / tokensPerSecond}, so later events
     * that carry none go out without a pause. 1 by default, so that every event of an api of your
     * own is one token; the LLM fakes count the text of their deltas.
     *
     * @param event an event of a stream the fake answered with
     * @return 0 or more
     */
    default int streamedTokens(ServerSentEvent event) {
        return 1;
    }

    /**
     * Names a scenario rule may use for a group of operations, so that one rule, and one sequence of
     * steps, covers them all: the LLM fakes map {@code model.turn} to every operation that asks the
     * model for an answer. None by default.
     */
    default Map<String, Set<String>> operationGroups() {
        return Map.of();
    }

    /** Whether a scenario rule may name this operation: one of the routes' operation ids, or a group's name. */
    default boolean scriptable(String operation) {
        return routes().hasOperation(operation) || operationGroups().containsKey(operation);
    }

    /** What scenario rules may name, for error messages: the operation ids, then the groups' names. */
    default List<String> scriptableOperations() {
        List<String> all = new ArrayList<>(routes().operationIds());
        all.addAll(new TreeSet<>(operationGroups().keySet()));
        return all;
    }
}
