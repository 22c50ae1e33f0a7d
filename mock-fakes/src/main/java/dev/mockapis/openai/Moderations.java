package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code moderations.create}: one result per string (or one for an array of text and image parts),
 * flagged by the scenario's {@link ModerationPolicy} or the default one, with deterministic scores: a
 * flagged category scores above 0.9, the others below 0.01.
 */
final class Moderations {

    static final String DEFAULT_MODEL = "omni-moderation-latest";

    private final IdGenerator ids;

    Moderations(IdGenerator ids) {
        this.ids = ids;
    }

    FakeResponse create(ApiCall call, @Nullable Directive directive) {
        ModerationPolicy policy =
                directive instanceof ModerationPolicy scripted ? scripted : ModerationPolicy.defaults();
        JsonBody body = JsonBody.of(call.request());
        JsonNode input = body.node("input").orElseThrow(() -> OpenAiErrors.missingParameter("input"));
        String model = body.optionalString("model").orElse(DEFAULT_MODEL);
        ObjectNode response = JsonSupport.object();
        response.put("id", ids.next("modr-", IdSequence.HEX, 32));
        response.put("model", model);
        ArrayNode results = response.putArray("results");
        for (Input one : inputs(input)) {
            results.add(result(policy, one));
        }
        return FakeResponse.json(200, response);
    }

    /** One thing to classify: its texts and whether it has an image. */
    private record Input(List<String> texts, boolean image) {}

    private static List<Input> inputs(JsonNode input) {
        if (input.isTextual()) {
            return List.of(new Input(List.of(input.asText()), false));
        }
        if (!input.isArray()) {
            throw OpenAiErrors.invalidType("input", "a string or an array", JsonBody.typeName(input));
        }
        if (input.isEmpty()) {
            throw OpenAiErrors.badRequest(
                    "Invalid 'input': empty array. Expected an array with minimum length 1, but got an empty array"
                            + " instead.",
                    "input",
                    "empty_array");
        }
        if (input.get(0).isTextual()) {
            List<Input> strings = new ArrayList<>();
            for (int i = 0; i < input.size(); i++) {
                JsonNode item = input.get(i);
                if (!item.isTextual()) {
                    throw OpenAiErrors.invalidType("input[" + i + "]", "a string", JsonBody.typeName(item));
                }
                strings.add(new Input(List.of(item.asText()), false));
            }
            return strings;
        }
        List<String> texts = new ArrayList<>();
        boolean image = false;
        for (int i = 0; i < input.size(); i++) {
            String at = "input[" + i + "]";
            JsonBody part = JsonBody.nested(input.get(i), at);
            String type = part.requiredString("type");
            switch (type) {
                case "text" -> texts.add(part.requiredString("text"));
                case "image_url" -> {
                    JsonBody url = JsonBody.nested(
                            part.node("image_url").orElseThrow(() -> OpenAiErrors.missingParameter(at + ".image_url")),
                            at + ".image_url");
                    url.requiredString("url");
                    image = true;
                }
                default -> throw OpenAiErrors.invalidValue(at + ".type", type, List.of("text", "image_url"));
            }
        }
        return List.of(new Input(texts, image));
    }

    private static ObjectNode result(ModerationPolicy policy, Input input) {
        List<String> lower = input.texts().stream()
                .map(text -> text.toLowerCase(Locale.ROOT))
                .toList();
        Set<String> flagged = policy.flaggedCategories(lower, input.image());
        ObjectNode result = JsonSupport.object();
        result.put("flagged", !flagged.isEmpty());
        ObjectNode categories = result.putObject("categories");
        ObjectNode scores = result.putObject("category_scores");
        ObjectNode applied = result.putObject("category_applied_input_types");
        String seed = String.join("\n", input.texts()) + (input.image() ? "\u0000image" : "");
        for (String category : ModerationPolicy.CATEGORIES) {
            boolean hit = flagged.contains(category);
            categories.put(category, hit);
            scores.put(category, score(seed, category, hit));
            ArrayNode types = applied.putArray(category);
            if (!input.texts().isEmpty()) {
                types.add("text");
            }
            if (input.image() && ModerationPolicy.IMAGE_CATEGORIES.contains(category)) {
                types.add("image");
            }
        }
        return result;
    }

    /** Above 0.9 when flagged, below 0.01 otherwise; the same input always scores the same. */
    private static double score(String seed, String category, boolean flagged) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : (category + '\u0000' + seed).getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        double unit = (hash >>> 11) / (double) (1L << 53);
        return flagged ? 0.9 + unit * 0.0999 : unit * 0.01;
    }
}
