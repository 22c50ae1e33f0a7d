package dev.mockapis.openai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.HttpHeaders;
import dev.mockapis.core.ResponseBody;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * {@code videos.create|retrieve|list|delete|remix|download_content}: Sora jobs that move one step per
 * retrieve, as runs do ({@code queued} 0 → {@code in_progress} 30 → {@code in_progress} 70 →
 * {@code completed} 100), then serve a well-formed MP4 of the requested size and duration
 * ({@link Mp4Writer}), a WebP thumbnail and a JPEG spritesheet. A scenario can make a job {@code failed}
 * instead ({@link Outcome}).
 */
final class Videos {

    static final List<String> MODELS =
            List.of("sora-2", "sora-2-pro", "sora-2-2025-10-06", "sora-2-pro-2025-10-06", "sora-2-2025-12-08");
    static final List<String> SIZES = List.of("720x1280", "1280x720", "1024x1792", "1792x1024");
    static final List<String> SECONDS = List.of("4", "8", "12");
    static final List<String> VARIANTS = List.of("video", "thumbnail", "spritesheet");

    /** The progress a job reports at each step after {@code queued}; the last completes it. */
    private static final int[] PROGRESS = {30, 70, 100};

    private static final long ASSET_LIFETIME_SECONDS = 3600;
    private static final int SPRITE_WIDTH = 128;
    private static final int SPRITE_COLUMNS = 4;

    /** How a scenario ends a video job, other than completing it. */
    enum Outcome implements Directive {
        /** Generation fails while in progress: {@code error.code} {@code moderation_blocked}. */
        FAILED
    }

    private static final class Video {
        final ObjectNode json;
        final @Nullable Outcome outcome;
        int step;

        Video(ObjectNode json, @Nullable Outcome outcome) {
            this.json = json;
            this.outcome = outcome;
        }

        String status() {
            return json.get("status").asText();
        }
    }

    private final IdGenerator ids;
    private final Clock clock;
    private final Map<String, Video> videos = new LinkedHashMap<>();

    Videos(IdGenerator ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    FakeResponse create(ApiCall call, @Nullable Directive directive) {
        Form form = Form.of(call.request());
        String prompt = prompt(form);
        String model = form.text("model").orElse("sora-2");
        if (!MODELS.contains(model)) {
            throw OpenAiErrors.invalidValue("model", model, MODELS);
        }
        String seconds = form.text("seconds").orElse("4");
        if (!SECONDS.contains(seconds)) {
            throw OpenAiErrors.invalidValue("seconds", seconds, SECONDS);
        }
        String size = form.text("size").orElse("720x1280");
        if (!SIZES.contains(size)) {
            throw OpenAiErrors.invalidValue("size", size, SIZES);
        }
        return FakeResponse.json(200, store(model, prompt, size, seconds, null, directive));
    }

    FakeResponse remix(ApiCall call, @Nullable Directive directive) {
        String prompt = prompt(Form.of(call.request()));
        Video source = find(call);
        ObjectNode from;
        synchronized (source) {
            if (!source.status().equals("completed")) {
                throw OpenAiErrors.badRequest(
                        "Video '" + source.json.get("id").asText() + "' has status '" + source.status()
                                + "'; only completed videos can be remixed.",
                        "video_id",
                        "invalid_value");
            }
            from = source.json.deepCopy();
        }
        return FakeResponse.json(
                200,
                store(
                        from.get("model").asText(),
                        prompt,
                        from.get("size").asText(),
                        from.get("seconds").asText(),
                        from.get("id").asText(),
                        directive));
    }

    FakeResponse retrieve(ApiCall call, @Nullable Directive directive) {
        Video video = find(call);
        synchronized (video) {
            advance(video);
            return FakeResponse.json(200, video.json.deepCopy());
        }
    }

    FakeResponse list(ApiCall call, @Nullable Directive directive) {
        List<ObjectNode> all = new ArrayList<>();
        synchronized (videos) {
            for (Video video : videos.values()) {
                synchronized (video) {
                    all.add(video.json.deepCopy());
                }
            }
        }
        return FakeResponse.json(200, ListPage.of(all, call.request(), 20, "desc"));
    }

    FakeResponse delete(ApiCall call, @Nullable Directive directive) {
        String id = videoId(call);
        synchronized (videos) {
            if (videos.remove(id) == null) {
                throw notFound(id);
            }
        }
        ObjectNode deleted = JsonSupport.object();
        deleted.put("id", id);
        deleted.put("object", "video.deleted");
        deleted.put("deleted", true);
        return FakeResponse.json(200, deleted);
    }

    FakeResponse content(ApiCall call, @Nullable Directive directive) {
        String variant = call.request().queryParam("variant").orElse("video");
        if (!VARIANTS.contains(variant)) {
            throw OpenAiErrors.invalidValue("variant", variant, VARIANTS);
        }
        Video video = find(call);
        ObjectNode json;
        synchronized (video) {
            if (!video.status().equals("completed")) {
                // What the API answers while a job is queued or in progress; a failed job has nothing either.
                throw OpenAiErrors.error(404, "Video is not ready yet.", null, null);
            }
            json = video.json.deepCopy();
        }
        String size = json.get("size").asText();
        int width = Integer.parseInt(size.substring(0, size.indexOf('x')));
        int height = Integer.parseInt(size.substring(size.indexOf('x') + 1));
        int seconds = Integer.parseInt(json.get("seconds").asText());
        long seed = seed(json.path("prompt").asText(""));
        return switch (variant) {
            case "thumbnail" -> asset("image/webp", WebpEncoder.solid(width, height, colour(seed, 0, 1)));
            case "spritesheet" -> asset("image/jpeg", spritesheet(width, height, seconds, seed));
            default -> asset("video/mp4", Mp4Writer.clip(width, height, seconds));
        };
    }

    void clear() {
        synchronized (videos) {
            videos.clear();
        }
    }

    private ObjectNode store(
            String model,
            String prompt,
            String size,
            String seconds,
            @Nullable String remixedFrom,
            @Nullable Directive directive) {
        ObjectNode json = JsonSupport.object();
        json.put("id", ids.next("video_", IdSequence.HEX, 32));
        json.put("object", "video");
        json.put("model", model);
        json.put("status", "queued");
        json.put("progress", 0);
        json.put("created_at", clock.instant().getEpochSecond());
        json.putNull("completed_at");
        json.putNull("expires_at");
        json.put("prompt", prompt);
        json.put("size", size);
        json.put("seconds", seconds);
        json.put("remixed_from_video_id", remixedFrom);
        json.putNull("error");
        synchronized (videos) {
            videos.put(json.get("id").asText(), new Video(json, directive instanceof Outcome o ? o : null));
        }
        return json.deepCopy();
    }

    /** One step along the lifecycle, as a poll of the real API would find the job a little later. */
    private void advance(Video video) {
        String status = video.status();
        if (!status.equals("queued") && !status.equals("in_progress")) {
            return;
        }
        ObjectNode json = video.json;
        if (video.outcome == Outcome.FAILED && status.equals("in_progress")) {
            json.put("status", "failed");
            ObjectNode error = json.putObject("error");
            error.put("code", "moderation_blocked");
            error.put("message", "Your request was blocked by our moderation system.");
            return;
        }
        int progress = PROGRESS[video.step++];
        json.put("progress", progress);
        if (progress < 100) {
            json.put("status", "in_progress");
            return;
        }
        long now = clock.instant().getEpochSecond();
        json.put("status", "completed");
        json.put("completed_at", now);
        json.put("expires_at", now + ASSET_LIFETIME_SECONDS);
    }

    private Video find(ApiCall call) {
        String id = videoId(call);
        synchronized (videos) {
            Video video = videos.get(id);
            if (video == null) {
                throw notFound(id);
            }
            return video;
        }
    }

    private static RuntimeException notFound(String id) {
        return OpenAiErrors.noSuch("video", id);
    }

    private static String videoId(ApiCall call) {
        return call.pathVariable("video_id").orElseThrow();
    }

    private static String prompt(Form form) {
        String prompt = form.text("prompt").orElseThrow(() -> OpenAiErrors.missingParameter("prompt"));
        if (prompt.isEmpty()) {
            throw OpenAiErrors.badRequest(
                    "Invalid 'prompt': empty string. Expected a string with minimum length 1, but got an empty string"
                            + " instead.",
                    "prompt",
                    "empty_string");
        }
        if (prompt.length() > 32_000) {
            throw OpenAiErrors.badRequest(
                    "Invalid 'prompt': string too long. Expected a string with maximum length 32000, but got a string"
                            + " with length " + prompt.length() + " instead.",
                    "prompt",
                    "string_above_max_length");
        }
        return prompt;
    }

    /** One frame a second, {@value #SPRITE_COLUMNS} to a row, each frame a flat colour fading along the clip. */
    private static byte[] spritesheet(int width, int height, int seconds, long seed) {
        int frameHeight = Math.max(8, Math.round(SPRITE_WIDTH * (float) height / width / 8) * 8);
        int rows = (seconds + SPRITE_COLUMNS - 1) / SPRITE_COLUMNS;
        return JpegEncoder.blocks(SPRITE_WIDTH * SPRITE_COLUMNS, frameHeight * rows, (x, y) -> {
            int frame = y / frameHeight * SPRITE_COLUMNS + x / SPRITE_WIDTH;
            return colour(seed, Math.min(frame, seconds - 1), Math.max(1, seconds - 1));
        });
    }

    /** A colour between two taken from the seed, {@code step} of {@code steps} of the way. */
    private static int colour(long seed, int step, int steps) {
        int rgb = 0;
        for (int c = 0; c < 3; c++) {
            int from = (int) (seed >>> (8 * c) & 0xFF);
            int to = (int) (seed >>> (8 * c + 24) & 0xFF);
            rgb = rgb << 8 | (from + (to - from) * step / steps);
        }
        return rgb;
    }

    private static long seed(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return hash;
    }

    private static FakeResponse asset(String contentType, byte[] bytes) {
        return new FakeResponse(200, HttpHeaders.of("Content-Type", contentType), new ResponseBody.Bytes(bytes));
    }

    /** The text fields of a create or remix request, sent as a multipart form (as the SDKs do) or as JSON. */
    private record Form(Function<String, Optional<String>> fields) {
        static Form of(FakeRequest request) {
            if (request.mediaType().equals("multipart/form-data")) {
                Multipart multipart = Multipart.of(request);
                return new Form(multipart::field);
            }
            JsonBody json = JsonBody.of(request);
            return new Form(json::optionalString);
        }

        Optional<String> text(String name) {
            return fields.apply(name);
        }
    }
}
