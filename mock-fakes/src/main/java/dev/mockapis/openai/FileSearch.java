package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.conversation.internal.Tokens;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Responses API's {@code file_search} tool: the user's last message searched in the tool's vector stores
 * ({@link VectorSearch}), reported as a {@code file_search_call} output item (with {@code results} when the
 * request includes {@code file_search_call.results}); unless a scenario scripts the reply, the answer is the
 * best chunk's sentences that share the question's words, citing the files found.
 */
final class FileSearch {

    private static final int DEFAULT_MAX_RESULTS = 20;

    private final ObjectNode call;
    private final List<VectorSearch.Hit> hits;
    private final String query;

    private FileSearch(ObjectNode call, List<VectorSearch.Hit> hits, String query) {
        this.call = call;
        this.hits = hits;
        this.query = query;
    }

    /** The search a request's {@code file_search} tool makes, or {@code null} when it declares none. */
    static @Nullable FileSearch run(
            ArrayNode tools, JsonBody body, String query, VectorStores stores, IdGenerator ids) {
        JsonNode tool = null;
        int at = -1;
        for (int i = 0; i < tools.size(); i++) {
            if ("file_search".equals(tools.get(i).path("type").asText())) {
                tool = tools.get(i);
                at = i;
            }
        }
        if (tool == null) {
            return null;
        }
        String param = "tools[" + at + "]";
        JsonBody declared = JsonBody.nested(tool, param);
        ArrayNode storeIds = declared.requiredArray("vector_store_ids");
        List<String> storeIdList = new ArrayList<>();
        for (int i = 0; i < storeIds.size(); i++) {
            if (!storeIds.get(i).isTextual()) {
                throw OpenAiErrors.invalidType(
                        param + ".vector_store_ids[" + i + "]", "a string", JsonBody.typeName(storeIds.get(i)));
            }
            storeIdList.add(storeIds.get(i).asText());
        }
        int limit = declared.integer("max_num_results").orElse(DEFAULT_MAX_RESULTS);
        if (limit < 1 || limit > 50) {
            throw OpenAiErrors.badRequest(
                    "Invalid '" + param + ".max_num_results': expected a value between 1 and 50, but got " + limit
                            + " instead.",
                    param + ".max_num_results",
                    "invalid_value");
        }
        double threshold = declared.optionalObject("ranking_options")
                .map(options -> JsonBody.nested(options, param + ".ranking_options")
                        .number("score_threshold")
                        .orElse(0.0))
                .orElse(0.0);
        List<VectorSearch.Hit> hits = VectorSearch.search(
                stores.index(storeIdList, declared.node("filters").orElse(null)), List.of(query), limit, threshold);
        ObjectNode call = JsonSupport.object();
        call.put("id", ids.next("fs_", IdSequence.HEX, 48));
        call.put("type", "file_search_call");
        call.put("status", "completed");
        call.putArray("queries").add(query);
        if (includesResults(body)) {
            ArrayNode results = call.putArray("results");
            for (VectorSearch.Hit hit : hits) {
                ObjectNode result = results.addObject();
                result.put("file_id", hit.chunk().fileId());
                result.put("filename", hit.chunk().filename());
                result.put("score", hit.score());
                result.put("text", hit.chunk().text());
                result.set("attributes", hit.chunk().attributes().deepCopy());
            }
        } else {
            call.putNull("results");
        }
        return new FileSearch(call, hits, query);
    }

    /** The {@code file_search_call} output item. */
    ObjectNode call() {
        return call;
    }

    /** The tokens of the chunks found, which the model reads as input. */
    int inputTokens() {
        return hits.stream().mapToInt(hit -> Tokens.count(hit.chunk().text())).sum();
    }

    /** The answer the files give: the best chunk's sentences that share the question's words. */
    String answer() {
        if (hits.isEmpty()) {
            return "I could not find anything about that in the files.";
        }
        List<String> terms = VectorSearch.terms(query);
        List<String> sentences = new ArrayList<>();
        for (String sentence : hits.get(0).chunk().text().split("(?<=[.!?])\\s+")) {
            if (VectorSearch.terms(sentence).stream().anyMatch(terms::contains)) {
                sentences.add(sentence.strip());
            }
        }
        return String.join(
                " ", sentences.isEmpty() ? List.of(hits.get(0).chunk().text()) : sentences);
    }

    /** A {@code file_citation} for each file found, at the end of the text. */
    ArrayNode citations(String text) {
        Map<String, String> files = new LinkedHashMap<>();
        hits.forEach(hit -> files.putIfAbsent(hit.chunk().fileId(), hit.chunk().filename()));
        ArrayNode annotations = JsonSupport.mapper().createArrayNode();
        files.forEach((id, filename) -> annotations
                .addObject()
                .put("type", "file_citation")
                .put("file_id", id)
                .put("filename", filename)
                .put("index", text.length()));
        return annotations;
    }

    private static boolean includesResults(JsonBody body) {
        for (JsonNode one : body.optionalArray("include").orElseGet(JsonSupport.mapper()::createArrayNode)) {
            if ("file_search_call.results".equals(one.asText())) {
                return true;
            }
        }
        return false;
    }
}
