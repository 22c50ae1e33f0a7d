package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ParsedBody;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.internal.JsonSupport;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code models.list} and {@code models.retrieve} over the {@link ModelCatalog}, and the check every call
 * naming a model meets: an id OpenAI does not have is refused as OpenAI refuses it.
 */
final class Models {

    /** Operations whose JSON body names the model that runs them. */
    private static final Set<String> JSON_MODEL_OPERATIONS = Set.of(
            "chat.completions.create",
            "responses.create",
            "embeddings.create",
            "moderations.create",
            "audio.speech.create",
            "assistants.create",
            "assistants.update",
            "threads.create_and_run",
            "threads.runs.create");

    /** Operations whose multipart form names the model. */
    private static final Set<String> FORM_MODEL_OPERATIONS =
            Set.of("audio.transcriptions.create", "audio.translations.create");

    private final ModelCatalog catalog;

    Models(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    FakeResponse list(ApiCall call, @Nullable Directive directive) {
        ObjectNode list = JsonSupport.object().put("object", "list");
        List<ObjectNode> all = catalog.list();
        list.putArray("data").addAll(all);
        return FakeResponse.json(200, list);
    }

    FakeResponse retrieve(ApiCall call, @Nullable Directive directive) {
        String id = call.pathVariable("model").orElseThrow();
        return FakeResponse.json(
                200,
                catalog.find(id)
                        .orElseThrow(() -> OpenAiErrors.error(404, notFoundMessage(id), null, "model_not_found")));
    }

    /**
     * OpenAI's refusal of the model a call names, if it does not have it: the Responses API answers 400
     * {@code The requested model 'x' does not exist.} with {@code param: model}; the other endpoints 404
     * {@code The model `x` does not exist or you do not have access to it.} Calls that name no model pass.
     */
    Optional<ProviderError> refusal(ApiCall call) {
        return model(call)
                .filter(id -> !catalog.accepts(id))
                .map(id -> call.operationId().equals("responses.create")
                        ? new ProviderError(
                                400,
                                "model_not_found",
                                OpenAiErrors.INVALID_REQUEST,
                                "The requested model '" + id + "' does not exist.",
                                "model")
                        : new ProviderError(
                                404, "model_not_found", OpenAiErrors.INVALID_REQUEST, notFoundMessage(id), null));
    }

    private static Optional<String> model(ApiCall call) {
        if (JSON_MODEL_OPERATIONS.contains(call.operationId())) {
            if (call.request().parsedBody() instanceof ParsedBody.Json json) {
                JsonNode model = json.as(JsonNode.class).path("model");
                return model.isTextual() ? Optional.of(model.asText()) : Optional.empty();
            }
            return Optional.empty();
        }
        if (FORM_MODEL_OPERATIONS.contains(call.operationId())) {
            try {
                return Multipart.of(call.request()).field("model");
            } catch (RuntimeException notAForm) {
                // the operation's own reader answers a broken form
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String notFoundMessage(String id) {
        return "The model `" + id + "` does not exist or you do not have access to it.";
    }
}
