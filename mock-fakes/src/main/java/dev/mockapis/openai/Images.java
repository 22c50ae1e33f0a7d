package dev.mockapis.openai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.HttpHeaders;
import dev.mockapis.core.ResponseBody;
import dev.mockapis.core.ServerSentEvent;
import dev.mockapis.core.conversation.internal.Tokens;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * {@code images.generate}, {@code images.edit} and {@code images.create_variation}: real PNGs of the requested
 * size (a gradient seeded by the prompt), as {@code b64_json} or as a URL the fake itself serves
 * ({@code images.download}); gpt-image models answer in base64 with usage, and stream partial images when asked.
 */
final class Images {

    /** The operation serving the images answered as URLs; like OpenAI's signed URLs, it needs no API key. */
    static final String DOWNLOAD = "images.download";

    private static final List<String> DALL_E_2 = List.of("256x256", "512x512", "1024x1024");
    private static final List<String> DALL_E_3 = List.of("1024x1024", "1792x1024", "1024x1792");
    private static final List<String> GPT_IMAGE = List.of("1024x1024", "1536x1024", "1024x1536", "auto");

    private final IdGenerator ids;
    private final Clock clock;
    private final Map<String, byte[]> served = new HashMap<>();

    Images(IdGenerator ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    /** The options of one request, whichever form it came in. */
    private record Ask(
            String prompt,
            String model,
            int n,
            String size,
            String responseFormat,
            String background,
            String quality,
            boolean stream,
            int partialImages) {}

    FakeResponse generate(ApiCall call, @Nullable Directive directive) {
        JsonBody body = JsonBody.of(call.request());
        Ask ask = ask(
                name -> body.optionalString(name),
                name -> body.integer(name),
                body.requiredString("prompt"),
                "dall-e-2",
                body.bool("stream", false));
        return answer(call.request(), ask, "image_generation");
    }

    FakeResponse edit(ApiCall call, @Nullable Directive directive) {
        Multipart form = Multipart.of(call.request());
        if (form.part("image").isEmpty() && form.parts("image[]").isEmpty()) {
            throw OpenAiErrors.missingParameter("image");
        }
        Ask ask = ask(
                form::field,
                name -> form.field(name).map(value -> parseInt(name, value)),
                form.requiredField("prompt"),
                "gpt-image-1.5",
                form.field("stream").map("true"::equals).orElse(false));
        return answer(call.request(), ask, "image_edit");
    }

    FakeResponse createVariation(ApiCall call, @Nullable Directive directive) {
        Multipart form = Multipart.of(call.request());
        Multipart.Part image = form.file("image");
        Ask ask = ask(
                form::field,
                name -> form.field(name).map(value -> parseInt(name, value)),
                "variation of " + (image.filename() != null ? image.filename() : "an image") + " "
                        + image.content().length,
                "dall-e-2",
                false);
        return answer(call.request(), ask, "image_generation");
    }

    FakeResponse download(ApiCall call, @Nullable Directive directive) {
        String file = call.pathVariable("image_file").orElseThrow();
        byte[] png;
        synchronized (served) {
            png = served.get(file);
        }
        if (png == null) {
            throw OpenAiErrors.error(404, "No image found with name '" + file + "'.", null, null);
        }
        return new FakeResponse(200, HttpHeaders.of("Content-Type", "image/png"), new ResponseBody.Bytes(png));
    }

    void clear() {
        synchronized (served) {
            served.clear();
        }
    }

    private static Ask ask(
            Function<String, Optional<String>> text,
            Function<String, Optional<Integer>> number,
            String prompt,
            String defaultModel,
            boolean stream) {
        String model = text.apply("model").orElse(defaultModel);
        boolean gptImage = model.startsWith("gpt-image") || model.startsWith("chatgpt-image");
        int n = number.apply("n").orElse(1);
        if (n < 1 || n > 10) {
            throw OpenAiErrors.badRequest(
                    "Invalid 'n': expected a value between 1 and 10, but got " + n + " instead.", "n", "invalid_value");
        }
        if (model.equals("dall-e-3") && n != 1) {
            throw OpenAiErrors.badRequest("You must provide n=1 for this model.", "n", null);
        }
        List<String> sizes = model.equals("dall-e-3") ? DALL_E_3 : gptImage ? GPT_IMAGE : DALL_E_2;
        String size = text.apply("size").orElse(gptImage ? "auto" : "1024x1024");
        if (!sizes.contains(size)) {
            throw OpenAiErrors.invalidValue("size", size, sizes);
        }
        String responseFormat =
                gptImage ? "b64_json" : text.apply("response_format").orElse("url");
        if (!responseFormat.equals("url") && !responseFormat.equals("b64_json")) {
            throw OpenAiErrors.invalidValue("response_format", responseFormat, List.of("url", "b64_json"));
        }
        if (stream && !gptImage) {
            throw OpenAiErrors.badRequest(
                    "Streaming is not supported for model '" + model + "'.", "stream", "unsupported_value");
        }
        int partials = number.apply("partial_images").orElse(0);
        if (partials < 0 || partials > 3) {
            throw OpenAiErrors.badRequest(
                    "Invalid 'partial_images': expected a value between 0 and 3, but got " + partials + " instead.",
                    "partial_images",
                    "invalid_value");
        }
        String background = text.apply("background").orElse("auto");
        String quality = text.apply("quality").orElse("auto");
        return new Ask(prompt, model, n, size, responseFormat, background, quality, stream, partials);
    }

    private FakeResponse answer(FakeRequest request, Ask ask, String eventPrefix) {
        boolean gptImage =
                ask.responseFormat().equals("b64_json") && ask.model().contains("image");
        String size = ask.size().equals("auto") ? "1024x1024" : ask.size();
        int width = Integer.parseInt(size.substring(0, size.indexOf('x')));
        int height = Integer.parseInt(size.substring(size.indexOf('x') + 1));
        boolean transparent = ask.background().equals("transparent");
        String background = transparent ? "transparent" : "opaque";
        String quality = switch (ask.quality()) {
            case "low", "medium", "high" -> ask.quality();
            default -> "medium";
        };
        long now = clock.instant().getEpochSecond();
        List<byte[]> pngs = new ArrayList<>();
        for (int i = 0; i < ask.n(); i++) {
            pngs.add(PngEncoder.gradient(width, height, seed(ask.prompt() + '\u0000' + i), transparent));
        }
        if (ask.stream()) {
            List<ServerSentEvent> events = new ArrayList<>();
            for (int p = 0; p < ask.partialImages(); p++) {
                ObjectNode partial = event(eventPrefix + ".partial_image", pngs.get(0), now, size, quality, background);
                partial.put("partial_image_index", p);
                events.add(ServerSentEvent.named(eventPrefix + ".partial_image", JsonSupport.write(partial)));
            }
            ObjectNode completed = event(eventPrefix + ".completed", pngs.get(0), now, size, quality, background);
            completed.set("usage", usage(ask.prompt(), width, height, false));
            events.add(ServerSentEvent.named(eventPrefix + ".completed", JsonSupport.write(completed)));
            return FakeResponse.eventStream(events);
        }
        ObjectNode response = JsonSupport.object();
        response.put("created", now);
        ArrayNode data = response.putArray("data");
        for (byte[] png : pngs) {
            ObjectNode image = data.addObject();
            if (ask.responseFormat().equals("b64_json")) {
                image.put("b64_json", Base64.getEncoder().encodeToString(png));
            } else {
                image.put("url", serve(request, png));
            }
            if (ask.model().equals("dall-e-3")) {
                image.put("revised_prompt", ask.prompt());
            }
        }
        if (gptImage) {
            response.put("background", background);
            response.put("output_format", "png");
            response.put("size", size);
            response.put("quality", quality);
            response.set("usage", usage(ask.prompt(), width, height, true));
        }
        return FakeResponse.json(200, response);
    }

    private static ObjectNode event(String type, byte[] png, long now, String size, String quality, String background) {
        ObjectNode event = JsonSupport.object();
        event.put("type", type);
        event.put("b64_json", Base64.getEncoder().encodeToString(png));
        event.put("created_at", now);
        event.put("size", size);
        event.put("quality", quality);
        event.put("background", background);
        event.put("output_format", "png");
        return event;
    }

    /** Token usage as gpt-image models report it: the prompt's tokens in, about one token per 1,000 pixels out. */
    private static ObjectNode usage(String prompt, int width, int height, boolean outputDetails) {
        int text = Math.max(1, Tokens.count(prompt));
        int image = width * height / 1000;
        ObjectNode usage = JsonSupport.object();
        usage.put("input_tokens", text);
        usage.putObject("input_tokens_details").put("text_tokens", text).put("image_tokens", 0);
        usage.put("output_tokens", image);
        if (outputDetails) {
            usage.putObject("output_tokens_details").put("image_tokens", image).put("text_tokens", 0);
        }
        usage.put("total_tokens", text + image);
        return usage;
    }

    private String serve(FakeRequest request, byte[] png) {
        String file = ids.next("img-", IdSequence.BASE62, 24) + ".png";
        synchronized (served) {
            served.put(file, png);
        }
        String host = request.header("Host").orElse("127.0.0.1");
        return "http://" + host + "/v1/images/generated/" + file;
    }

    private static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw OpenAiErrors.invalidType(name, "an integer", "a string");
        }
    }

    private static long seed(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return hash;
    }
}
