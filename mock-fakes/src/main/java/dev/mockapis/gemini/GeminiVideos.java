package dev.mockapis.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code models.generate_videos} ({@code :predictLongRunning} on a Veo model) and {@code operations.get}:
 * each request starts a long-running operation that is not {@code done} on its first poll and is on the
 * next, with one generated video per {@code sampleCount} (a tiny MP4 the fake keeps as a generated file,
 * downloadable at its URI). Thread-safe.
 */
final class GeminiVideos {

    private static final String RESPONSE_TYPE =
            "type.googleapis.com/google.ai.generativelanguage.v1beta.PredictLongRunningResponse";

    /** An MP4 file type box: enough for a player to tell the bytes are a video. */
    private static final byte[] VIDEO = mp4();

    private static final class Operation {
        final String name;
        final int samples;
        int polls;

        @org.jspecify.annotations.Nullable
        ObjectNode response;

        Operation(String name, int samples) {
            this.name = name;
            this.samples = samples;
        }
    }

    private final IdSequence ids;
    private final GeminiFiles files;
    private final Map<String, Operation> operations = Collections.synchronizedMap(new LinkedHashMap<>());

    GeminiVideos(GeminiFiles files, IdSequence ids) {
        this.ids = ids;
        this.files = files;
    }

    FakeResponse generate(ApiCall call) {
        String model = call.pathVariable("model").orElseThrow();
        if (GeminiModels.find(model).filter(GeminiModels.Model::makesVideos).isEmpty()) {
            throw new ProviderErrorException(GeminiErrors.error(
                    404,
                    "NOT_FOUND",
                    "models/" + model + " is not found for API version " + GeminiResources.version(call)
                            + ", or is not supported for predictLongRunning. Call ListModels to see the list of "
                            + "available models and their supported methods."));
        }
        JsonNode body = call.request().json(JsonNode.class);
        JsonNode instance = body.path("instances").path(0);
        if (!instance.path("prompt").isTextual() && !instance.has("image")) {
            throw new ProviderErrorException(
                    GeminiErrors.invalidArgument("A prompt or an image is required to generate a video."));
        }
        int samples = body.path("parameters").path("sampleCount").asInt(1);
        if (samples < 1 || samples > 4) {
            throw new ProviderErrorException(
                    GeminiErrors.invalidArgument("sampleCount must be between 1 and 4, got " + samples + "."));
        }
        Operation operation = new Operation(
                "models/" + model + "/operations/" + ids.next("", "0123456789abcdefghijklmnopqrstuvwxyz", 12), samples);
        operations.put(operation.name, operation);
        return FakeResponse.json(200, JsonSupport.object().put("name", operation.name));
    }

    /** The first poll finds the operation running; the next finds it done. */
    FakeResponse get(ApiCall call) {
        String name = "models/" + call.pathVariable("model").orElseThrow() + "/operations/"
                + call.pathVariable("operation").orElseThrow();
        Operation operation = operations.get(name);
        if (operation == null) {
            throw new ProviderErrorException(GeminiErrors.error(404, "NOT_FOUND", "Requested entity was not found."));
        }
        synchronized (operation) {
            operation.polls++;
            ObjectNode json = JsonSupport.object();
            json.put("name", operation.name);
            if (operation.polls < 2) {
                return FakeResponse.json(200, json);
            }
            if (operation.response == null) {
                operation.response = response(operation);
            }
            json.put("done", true);
            json.set("response", operation.response);
            return FakeResponse.json(200, json);
        }
    }

    void reset() {
        operations.clear();
        ids.reset();
    }

    private ObjectNode response(Operation operation) {
        ObjectNode response = JsonSupport.object();
        response.put("@type", RESPONSE_TYPE);
        ArrayNode samples = response.putObject("generateVideoResponse").putArray("generatedSamples");
        for (int i = 0; i < operation.samples; i++) {
            String file = files.storeBytes("video/mp4", VIDEO);
            samples.addObject()
                    .putObject("video")
                    .put("uri", "https://generativelanguage.googleapis.com/v1beta/" + file + ":download?alt=media");
        }
        return response;
    }

    private static byte[] mp4() {
        byte[] box = new byte[24];
        box[3] = 24;
        byte[] text = "ftypisom\0\0\2\0isommp42".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(text, 0, box, 4, text.length);
        return box;
    }
}
