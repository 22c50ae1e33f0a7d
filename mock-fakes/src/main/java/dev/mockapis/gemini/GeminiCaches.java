package dev.mockapis.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.conversation.internal.Tokens;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code caches.create|get|list|update|delete}: explicit context caches ({@code cachedContents/…}) holding
 * contents, a system instruction, tools and a tool config for one model, as the Developer API keeps
 * them: at least 1,024 tokens (4,096 for models other than Flash), an hour unless {@code ttl} or
 * {@code expireTime} says otherwise, gone once expired on the fake's clock. A missing or expired cache is
 * 403 {@code PERMISSION_DENIED}, never 404, as Google answers. A {@code generateContent} naming one
 * ({@link #apply}) answers as if its contents came first and reports them in
 * {@code cachedContentTokenCount}. Thread-safe.
 */
final class GeminiCaches {

    static final Duration DEFAULT_TTL = Duration.ofHours(1);

    private static final Pattern TTL = Pattern.compile("(\\d+(?:\\.\\d{1,9})?)s");

    /** What a cache keeps. */
    private record Cache(
            String name,
            String model,
            String displayName,
            ObjectNode cached,
            int tokens,
            Instant createTime,
            Instant updateTime,
            Instant expireTime) {

        ObjectNode json() {
            ObjectNode json = JsonSupport.object();
            json.put("name", name);
            json.put("model", model);
            json.put("createTime", createTime.toString());
            json.put("updateTime", updateTime.toString());
            json.put("expireTime", expireTime.toString());
            json.put("displayName", displayName);
            json.putObject("usageMetadata").put("totalTokenCount", tokens);
            return json;
        }
    }

    /**
     * A {@code generateContent} request with its cache applied.
     *
     * @param body the request as the model reads it, the cache's members first
     * @param cachedTokens the cache's tokens, 0 without a cache
     */
    record Applied(JsonNode body, int cachedTokens) {}

    private final IdSequence ids;
    private final Clock clock;
    private final Map<String, Cache> caches = Collections.synchronizedMap(new LinkedHashMap<>());

    GeminiCaches(Clock clock, IdSequence ids) {
        this.ids = ids;
        this.clock = clock;
    }

    FakeResponse create(ApiCall call) {
        JsonNode body = call.request().json(JsonNode.class);
        if (!body.path("model").isTextual() || body.path("model").asText().isBlank()) {
            throw invalid("* CreateCachedContentRequest.cached_content.model: model is not specified");
        }
        String id = body.get("model").asText();
        String version = GeminiResources.version(call);
        GeminiModels.Model model = GeminiModels.find(id)
                .filter(GeminiModels.Model::generates)
                .orElseThrow(() -> new ProviderErrorException(GeminiErrors.error(
                        404,
                        "NOT_FOUND",
                        "models/" + bare(id) + " is not found for API version " + version
                                + ", or is not supported for createCachedContent. Call ListModels to see the list of "
                                + "available models and their supported methods.")));
        ObjectNode cached = JsonSupport.object();
        for (String member : List.of("contents", "systemInstruction", "tools", "toolConfig")) {
            if (body.hasNonNull(member)) {
                cached.set(member, body.get(member));
            }
        }
        int tokens = tokens(cached);
        int minimum = minimumTokens(model);
        if (tokens < minimum) {
            throw invalid(
                    "Cached content is too small. total_token_count=" + tokens + ", min_total_token_count=" + minimum);
        }
        Instant now = clock.instant();
        Cache cache = new Cache(
                "cachedContents/" + ids.next("", "0123456789abcdefghijklmnopqrstuvwxyz", 40),
                "models/" + model.id(),
                body.path("displayName").asText(""),
                cached,
                tokens,
                now,
                now,
                expiry(body, now).orElse(now.plus(DEFAULT_TTL)));
        caches.put(cache.name(), cache);
        return FakeResponse.json(200, cache.json());
    }

    FakeResponse get(ApiCall call) {
        return FakeResponse.json(200, find(name(call)).json());
    }

    /** A new {@code ttl} or {@code expireTime}; nothing else of a cache can change. */
    FakeResponse update(ApiCall call) {
        Cache cache = find(name(call));
        Instant now = clock.instant();
        JsonNode body = call.request().json(JsonNode.class);
        Cache updated = new Cache(
                cache.name(),
                cache.model(),
                cache.displayName(),
                cache.cached(),
                cache.tokens(),
                cache.createTime(),
                now,
                expiry(body, now).orElse(cache.expireTime()));
        caches.put(updated.name(), updated);
        return FakeResponse.json(200, updated.json());
    }

    FakeResponse delete(ApiCall call) {
        caches.remove(find(name(call)).name());
        return FakeResponse.json(200, JsonSupport.object());
    }

    /** Oldest first; {@code {}} when there is none, as the API answers. */
    FakeResponse list(ApiCall call) {
        List<Cache> live = new ArrayList<>();
        synchronized (caches) {
            caches.values().stream().filter(this::live).forEach(live::add);
        }
        int size = GeminiPages.pageSize(call, 1000);
        int start = GeminiPages.offset(call, "cachedContents");
        int end = Math.min(live.size(), start + size);
        ObjectNode page = JsonSupport.object();
        if (start < end) {
            ArrayNode listed = page.putArray("cachedContents");
            live.subList(start, end).forEach(cache -> listed.add(cache.json()));
        }
        if (end < live.size()) {
            page.put("nextPageToken", GeminiPages.token("cachedContents", end));
        }
        return FakeResponse.json(200, page);
    }

    /**
     * A {@code generateContent} request as the model reads it: with {@code cachedContent}, the cache's
     * members come first.
     *
     * @throws ProviderErrorException with Google's 403 for a missing or expired cache, and its 400 for a
     *     request that sets what the cache holds or names another model
     */
    Applied apply(JsonNode body, String model) {
        JsonNode name = body.get("cachedContent");
        if (name == null || name.isNull()) {
            return new Applied(body, 0);
        }
        Cache cache = find(name.asText());
        if (body.hasNonNull("systemInstruction") || body.hasNonNull("tools") || body.hasNonNull("toolConfig")) {
            throw invalid("CachedContent can not be used with GenerateContent request setting system_instruction, "
                    + "tools or tool_config.\n\nProposed fix: move those values to CachedContent from GenerateContent "
                    + "request.");
        }
        if (!cache.model().equals("models/" + bare(model))) {
            throw invalid("Model used by GenerateContent request (models/" + bare(model) + ") and CachedContent ("
                    + cache.model() + ") has to be the same.");
        }
        ObjectNode merged = ((ObjectNode) body).deepCopy();
        merged.remove("cachedContent");
        for (String member : List.of("systemInstruction", "tools", "toolConfig")) {
            if (cache.cached().has(member)) {
                merged.set(member, cache.cached().get(member));
            }
        }
        ArrayNode contents = JsonSupport.mapper().createArrayNode();
        GenerateContentRequest.repeated(cache.cached().path("contents")).forEach(contents::add);
        GenerateContentRequest.repeated(body.path("contents")).forEach(contents::add);
        merged.set("contents", contents);
        return new Applied(merged, cache.tokens());
    }

    void reset() {
        caches.clear();
        ids.reset();
    }

    /** The cached members' tokens, counted as a prompt's are. */
    private static int tokens(ObjectNode cached) {
        StringBuilder text = new StringBuilder();
        for (JsonNode part :
                GenerateContentRequest.repeated(cached.path("systemInstruction").path("parts"))) {
            text.append(part.path("text").asText(""));
        }
        for (JsonNode content : GenerateContentRequest.repeated(cached.path("contents"))) {
            for (JsonNode part : GenerateContentRequest.repeated(content.path("parts"))) {
                text.append('\n').append(part.path("text").asText(""));
            }
        }
        for (JsonNode tool : GenerateContentRequest.repeated(cached.path("tools"))) {
            text.append('\n').append(JsonSupport.write(tool));
        }
        return Tokens.count(text.toString());
    }

    /** Google's minimum for explicit caches: 1,024 tokens on Flash models, 4,096 on the others. */
    private static int minimumTokens(GeminiModels.Model model) {
        return model.id().contains("flash") ? 1024 : 4096;
    }

    /** {@code expireTime}, or now plus {@code ttl} ({@code "3600s"}), if the body sets one. */
    private static Optional<Instant> expiry(JsonNode body, Instant now) {
        if (body.hasNonNull("expireTime")) {
            String text = body.get("expireTime").asText();
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException e) {
                throw invalid(
                        "Invalid value at 'cached_content.expire_time' (type.googleapis.com/google.protobuf.Timestamp), \""
                                + text + "\"");
            }
        }
        if (body.hasNonNull("ttl")) {
            String text = body.get("ttl").asText();
            Matcher matcher = TTL.matcher(text);
            if (!matcher.matches()) {
                throw invalid("Invalid value at 'cached_content.ttl' (type.googleapis.com/google.protobuf.Duration), \""
                        + text + "\"");
            }
            BigDecimal seconds = new BigDecimal(matcher.group(1));
            return Optional.of(now.plusNanos(seconds.movePointRight(9).longValueExact()));
        }
        return Optional.empty();
    }

    private boolean live(Cache cache) {
        return clock.instant().isBefore(cache.expireTime());
    }

    private Cache find(String name) {
        Cache cache = caches.get(name);
        if (cache == null || !live(cache)) {
            throw new ProviderErrorException(
                    GeminiErrors.error(403, "PERMISSION_DENIED", "CachedContent not found (or permission denied)"));
        }
        return cache;
    }

    private static String name(ApiCall call) {
        return "cachedContents/" + call.pathVariable("cache").orElseThrow();
    }

    private static String bare(String model) {
        return model.startsWith("models/") ? model.substring("models/".length()) : model;
    }

    private static ProviderErrorException invalid(String message) {
        return new ProviderErrorException(GeminiErrors.invalidArgument(message));
    }
}
