package dev.mockapis.anthropic;

import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.internal.IdSequence;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

/**
 * The Anthropic API beyond the model turn: the models catalog, Message Batches and Files (beta). Each
 * operation is named after the Java SDK's service path ({@code client.models().list()} is
 * {@code models.list}).
 */
final class AnthropicResources {

    static final String MODELS_LIST = "models.list";
    static final String MODELS_RETRIEVE = "models.retrieve";

    static final String BATCHES_CREATE = "messages.batches.create";
    static final String BATCHES_LIST = "messages.batches.list";
    static final String BATCHES_RETRIEVE = "messages.batches.retrieve";
    static final String BATCHES_CANCEL = "messages.batches.cancel";
    static final String BATCHES_DELETE = "messages.batches.delete";
    static final String BATCHES_RESULTS = "messages.batches.results";

    static final String FILES_UPLOAD = "beta.files.upload";
    static final String FILES_LIST = "beta.files.list";
    static final String FILES_RETRIEVE_METADATA = "beta.files.retrieve_metadata";
    static final String FILES_DOWNLOAD = "beta.files.download";
    static final String FILES_DELETE = "beta.files.delete";

    private final AnthropicModels models;
    private final MessageBatches batches;
    private final AnthropicFiles files;
    private final Map<String, Function<ApiCall, FakeResponse>> handlers;

    /**
     * Resources with no state.
     *
     * @param models the models served and accepted
     */
    AnthropicResources(IdSequence ids, Clock clock, AnthropicModels models) {
        this.models = models;
        this.batches = new MessageBatches(ids, clock);
        this.files = new AnthropicFiles(ids, clock);
        this.handlers = Map.ofEntries(
                Map.entry(MODELS_LIST, models::list),
                Map.entry(MODELS_RETRIEVE, models::retrieve),
                Map.entry(BATCHES_CREATE, batches::create),
                Map.entry(BATCHES_LIST, batches::list),
                Map.entry(BATCHES_RETRIEVE, batches::retrieve),
                Map.entry(BATCHES_CANCEL, batches::cancel),
                Map.entry(BATCHES_DELETE, batches::delete),
                Map.entry(BATCHES_RESULTS, batches::results),
                Map.entry(FILES_UPLOAD, files::upload),
                Map.entry(FILES_LIST, files::list),
                Map.entry(FILES_RETRIEVE_METADATA, files::retrieve),
                Map.entry(FILES_DOWNLOAD, files::download),
                Map.entry(FILES_DELETE, files::delete));
    }

    /** The uploaded files, which messages may point at. */
    AnthropicFiles files() {
        return files;
    }

    boolean handles(String operationId) {
        return handlers.containsKey(operationId);
    }

    /**
     * Answers a call to one of these operations.
     *
     * @throws IllegalArgumentException for a {@code Reply} directive, which only steers model turns
     */
    FakeResponse handle(ApiCall call, Directive directive) {
        if (directive != null) {
            throw new IllegalArgumentException("A Reply only steers model turns (" + AnthropicFake.CREATE + "); script "
                    + call.operationId() + " with respond(...) or fail(...) instead");
        }
        return handlers.get(call.operationId()).apply(call);
    }

    /** Forgets every resource created. */
    void reset() {
        batches.reset();
        files.reset();
    }
}
