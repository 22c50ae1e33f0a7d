package dev.mockapis.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.conversation.internal.Tokens;
import dev.mockapis.core.internal.JsonSupport;
import dev.mockapis.core.internal.TermSearch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code fileSearch} tool of {@code generateContent}: the user's last message searched in the tool's
 * file search stores ({@code fileSearchStoreNames}, {@code topK} chunks, 5 unless it says, and the
 * {@code metadataFilter}) by {@link TermSearch term matching}. Unless a scenario scripts the reply, the
 * answer is the best chunk's sentences that share the question's words; the chunks found come back as the
 * candidate's {@code groundingMetadata} and their tokens as {@code toolUsePromptTokenCount}.
 */
final class GeminiFileSearch {

    private static final int DEFAULT_TOP_K = 5;

    private final List<TermSearch.Hit<GeminiFileSearchStores.Passage>> hits;
    private final String query;

    private GeminiFileSearch(List<TermSearch.Hit<GeminiFileSearchStores.Passage>> hits, String query) {
        this.hits = hits;
        this.query = query;
    }

    /** The search a request's {@code fileSearch} tool makes, or {@code null} when it declares none. */
    static @Nullable GeminiFileSearch run(JsonNode body, String query, GeminiFileSearchStores stores) {
        JsonNode tool = null;
        int at = -1;
        List<JsonNode> tools = GenerateContentRequest.repeated(body.path("tools"));
        for (int i = 0; i < tools.size(); i++) {
            JsonNode one = tools.get(i).has("fileSearch")
                    ? tools.get(i).get("fileSearch")
                    : tools.get(i).get("file_search");
            if (one != null) {
                tool = one;
                at = i;
            }
        }
        if (tool == null) {
            return null;
        }
        JsonNode names = tool.has("fileSearchStoreNames")
                ? tool.get("fileSearchStoreNames")
                : tool.path("file_search_store_names");
        if (!names.isArray() || names.isEmpty()) {
            throw new ProviderErrorException(GeminiErrors.invalidArgument("* GenerateContentRequest.tools[" + at
                    + "].file_search.file_search_store_names: " + "file_search_store_names is not specified"));
        }
        List<String> storeNames = new ArrayList<>();
        names.forEach(name -> storeNames.add(name.asText()));
        int topK =
                tool.has("topK") ? tool.get("topK").asInt() : tool.path("top_k").asInt(DEFAULT_TOP_K);
        if (topK < 1) {
            throw new ProviderErrorException(GeminiErrors.invalidArgument(
                    "* GenerateContentRequest.tools[" + at + "].file_search.top_k: top_k must be positive"));
        }
        String filter = tool.has("metadataFilter")
                ? tool.get("metadataFilter").asText()
                : tool.path("metadata_filter").asText("");
        List<GeminiFileSearchStores.Passage> passages = stores.passages(storeNames, MetadataFilter.parse(filter));
        return new GeminiFileSearch(
                TermSearch.search(passages, GeminiFileSearchStores.Passage::text, List.of(query), topK, 0.0), query);
    }

    /** The answer the stores give: the best chunk's sentences that share the question's words. */
    String answer() {
        if (hits.isEmpty()) {
            return "I could not find anything about that in the file search stores.";
        }
        return TermSearch.sentencesAbout(hits.get(0).chunk().text(), query);
    }

    /** The tokens of the chunks found, which the model reads as tool-use prompt. */
    int toolUseTokens() {
        return hits.stream().mapToInt(hit -> Tokens.count(hit.chunk().text())).sum();
    }

    /**
     * The candidate's {@code groundingMetadata}: a {@code retrievedContext} chunk for each chunk found, and one
     * support spanning the answer (byte offsets, as Google counts them) that cites them all.
     */
    ObjectNode groundingMetadata(String answer) {
        ObjectNode metadata = JsonSupport.object();
        ArrayNode chunks = metadata.putArray("groundingChunks");
        for (TermSearch.Hit<GeminiFileSearchStores.Passage> hit : hits) {
            ObjectNode context = chunks.addObject().putObject("retrievedContext");
            context.put("title", hit.chunk().title());
            context.put("text", hit.chunk().text());
            context.put("fileSearchStore", hit.chunk().store());
            if (hit.chunk().customMetadata() != null) {
                context.set("customMetadata", hit.chunk().customMetadata().deepCopy());
            }
        }
        if (!hits.isEmpty() && !answer.isEmpty()) {
            ObjectNode support = metadata.putArray("groundingSupports").addObject();
            support.putObject("segment")
                    .put("startIndex", 0)
                    .put("endIndex", answer.getBytes(StandardCharsets.UTF_8).length)
                    .put("text", answer);
            ArrayNode indices = support.putArray("groundingChunkIndices");
            ArrayNode scores = support.putArray("confidenceScores");
            for (int i = 0; i < hits.size(); i++) {
                indices.add(i);
                scores.add(hits.get(i).score());
            }
        }
        return metadata;
    }
}
