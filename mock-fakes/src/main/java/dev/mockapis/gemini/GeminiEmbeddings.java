package dev.mockapis.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.internal.JsonSupport;
import java.util.List;
import java.util.Set;

/**
 * {@code models.embed_content} and {@code models.batch_embed_contents}: deterministic embeddings
 * ({@link WordVectors}) of the model's size, 3072 for {@code gemini-embedding-001}. A smaller
 * {@code outputDimensionality} truncates the full vector, as Matryoshka embeddings do, so only the
 * full-size vector is normalized, as Google documents. {@code taskType} is checked against the API's
 * task types; {@code title} only goes with {@code RETRIEVAL_DOCUMENT}, whose text it joins.
 */
final class GeminiEmbeddings {

    private static final Set<String> TASK_TYPES = Set.of(
            "TASK_TYPE_UNSPECIFIED",
            "RETRIEVAL_QUERY",
            "RETRIEVAL_DOCUMENT",
            "SEMANTIC_SIMILARITY",
            "CLASSIFICATION",
            "CLUSTERING",
            "QUESTION_ANSWERING",
            "FACT_VERIFICATION",
            "CODE_RETRIEVAL_QUERY");

    FakeResponse embed(ApiCall call) {
        GeminiModels.Model model = embeddingModel(call);
        ObjectNode response = JsonSupport.object();
        response.set("embedding", embedding(call.request().json(JsonNode.class), model, ""));
        return FakeResponse.json(200, response);
    }

    FakeResponse batchEmbed(ApiCall call) {
        GeminiModels.Model model = embeddingModel(call);
        JsonNode requests = call.request().json(JsonNode.class).path("requests");
        if (!requests.isArray() || requests.isEmpty()) {
            throw invalid("* BatchEmbedContentsRequest.requests: requests is not specified");
        }
        ObjectNode response = JsonSupport.object();
        ArrayNode embeddings = response.putArray("embeddings");
        for (int i = 0; i < requests.size(); i++) {
            embeddings.add(embedding(requests.get(i), model, "requests[" + i + "]."));
        }
        return FakeResponse.json(200, response);
    }

    private static GeminiModels.Model embeddingModel(ApiCall call) {
        String id = call.pathVariable("model").orElseThrow();
        return GeminiModels.find(id)
                .filter(GeminiModels.Model::embeds)
                .orElseThrow(() -> new ProviderErrorException(GeminiErrors.error(
                        404,
                        "NOT_FOUND",
                        "models/" + id + " is not found for API version " + GeminiResources.version(call)
                                + ", or is not supported for embedContent. Call ListModels to see the list of "
                                + "available models and their supported methods.")));
    }

    private static ObjectNode embedding(JsonNode request, GeminiModels.Model model, String at) {
        String text = text(request.path("content"), at);
        String taskType = request.path("taskType").asText("TASK_TYPE_UNSPECIFIED");
        if (!TASK_TYPES.contains(taskType)) {
            throw invalid("Invalid value at '" + at
                    + "task_type' (type.googleapis.com/google.ai.generativelanguage.v1beta.TaskType), \"" + taskType
                    + "\"");
        }
        if (request.hasNonNull("title")) {
            if (!taskType.equals("RETRIEVAL_DOCUMENT")) {
                throw invalid("Title is only applicable when TaskType is RETRIEVAL_DOCUMENT.");
            }
            text = request.get("title").asText() + "\n" + text;
        }
        int dimensions = model.embeddingDimensions();
        JsonNode asked = request.get("outputDimensionality");
        if (asked != null && !asked.isNull()) {
            if (!asked.canConvertToInt() || asked.asInt() < 1 || asked.asInt() > dimensions) {
                throw invalid("* " + at + "output_dimensionality: must be between 1 and " + dimensions + ".");
            }
        }
        float[] full = WordVectors.of(text, dimensions);
        int size = asked == null || asked.isNull() ? dimensions : asked.asInt();
        ObjectNode embedding = JsonSupport.object();
        ArrayNode values = embedding.putArray("values");
        for (int i = 0; i < size; i++) {
            values.add(full[i]);
        }
        return embedding;
    }

    private static String text(JsonNode content, String at) {
        List<JsonNode> parts = GenerateContentRequest.repeated(content.path("parts"));
        StringBuilder text = new StringBuilder();
        for (JsonNode part : parts) {
            if (part.path("text").isTextual()) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(part.get("text").asText());
            }
        }
        if (text.length() == 0) {
            String request = at.isEmpty() ? "EmbedContentRequest." : "BatchEmbedContentsRequest." + at;
            throw invalid("* " + request + "content: contents.parts must not be empty.");
        }
        return text.toString();
    }

    private static ProviderErrorException invalid(String message) {
        return new ProviderErrorException(GeminiErrors.invalidArgument(message));
    }
}
