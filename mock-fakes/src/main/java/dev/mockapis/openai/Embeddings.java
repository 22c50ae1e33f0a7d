package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.internal.JsonSupport;
import dev.mockapis.openai.internal.TokenCounter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * {@code embeddings.create}: deterministic unit vectors (the same text and model always give the same
 * vector) of the model's documented size, or of {@code dimensions} for the models that allow it, as
 * floats or as base64 little-endian float32 (the Java SDK asks for base64 by default).
 */
final class Embeddings {

    private static final Map<String, Integer> DIMENSIONS = Map.of(
            "text-embedding-3-small", 1536,
            "text-embedding-3-large", 3072,
            "text-embedding-ada-002", 1536);
    private static final int UNKNOWN_MODEL_DIMENSIONS = 1536;
    private static final String INVALID_INPUT =
            "'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.";

    FakeResponse create(ApiCall call, @Nullable Directive directive) {
        JsonBody body = JsonBody.of(call.request());
        String model = body.requiredString("model");
        JsonNode input = body.node("input").orElseThrow(() -> OpenAiErrors.missingParameter("input"));
        List<String> texts = texts(input);
        int dimensions = dimensions(body, model);
        String format = body.optionalString("encoding_format").orElse("float");
        if (!format.equals("float") && !format.equals("base64")) {
            throw OpenAiErrors.invalidValue("encoding_format", format, List.of("float", "base64"));
        }
        ObjectNode response = JsonSupport.object().put("object", "list");
        ArrayNode data = response.putArray("data");
        for (int i = 0; i < texts.size(); i++) {
            float[] vector = vector(model, texts.get(i), dimensions);
            ObjectNode embedding = data.addObject().put("object", "embedding").put("index", i);
            if (format.equals("base64")) {
                embedding.put("embedding", base64(vector));
            } else {
                ArrayNode values = embedding.putArray("embedding");
                for (float value : vector) {
                    values.add(value);
                }
            }
        }
        int tokens = tokens(model, input, texts);
        response.put("model", model);
        response.putObject("usage").put("prompt_tokens", tokens).put("total_tokens", tokens);
        return FakeResponse.json(200, response);
    }

    /** The input's tokens in the model's encoding; an input given as token ids counts its ids. */
    private static int tokens(String model, JsonNode input, List<String> texts) {
        if (input.isArray() && input.get(0).isIntegralNumber()) {
            return input.size();
        }
        if (input.isArray() && input.get(0).isArray()) {
            int tokens = 0;
            for (JsonNode ids : input) {
                tokens += ids.size();
            }
            return tokens;
        }
        return texts.stream()
                .mapToInt(text -> TokenCounter.OPENAI.text(model, text))
                .sum();
    }

    private static List<String> texts(JsonNode input) {
        List<String> texts = new ArrayList<>();
        if (input.isTextual()) {
            texts.add(input.asText());
        } else if (input.isArray() && !input.isEmpty()) {
            if (input.get(0).isIntegralNumber()) {
                texts.add(input.toString());
            } else {
                for (JsonNode element : input) {
                    texts.add(element.isTextual() ? element.asText() : element.toString());
                }
            }
        }
        if (texts.isEmpty() || texts.stream().anyMatch(String::isEmpty) || texts.size() > 2048) {
            throw OpenAiErrors.badRequest(INVALID_INPUT, null, null);
        }
        return texts;
    }

    private static int dimensions(JsonBody body, String model) {
        int supported = DIMENSIONS.getOrDefault(model, UNKNOWN_MODEL_DIMENSIONS);
        Integer asked = body.integer("dimensions").orElse(null);
        if (asked == null) {
            return supported;
        }
        if (model.equals("text-embedding-ada-002")) {
            throw OpenAiErrors.badRequest("This model does not support specifying dimensions.", null, null);
        }
        if (asked < 1 || asked > supported) {
            throw OpenAiErrors.badRequest(
                    "Invalid 'dimensions': expected a value between 1 and " + supported + ", but got " + asked
                            + " instead.",
                    "dimensions",
                    "invalid_value");
        }
        return asked;
    }

    private static float[] vector(String model, String text, int dimensions) {
        SplittableRandom random = new SplittableRandom(seed(model + '\u0000' + text));
        float[] vector = new float[dimensions];
        double norm = 0;
        for (int i = 0; i < dimensions; i++) {
            double value = random.nextDouble(-1, 1);
            vector[i] = (float) value;
            norm += value * value;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < dimensions; i++) {
            vector[i] *= scale;
        }
        return vector;
    }

    private static long seed(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return hash;
    }

    private static String base64(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : vector) {
            bytes.putFloat(value);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }
}
