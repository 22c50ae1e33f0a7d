package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.internal.TermSearch;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The search behind {@code vector_stores.search} and the {@code file_search} tool: the term matching of
 * {@link TermSearch} over chunks of the stores' files, and the attribute filters. A file's text is cut into
 * chunks of about {@code max_chunk_size_tokens} tokens that overlap by {@code chunk_overlap_tokens}.
 */
final class VectorSearch {

    /** One chunk of one file, as the index keeps it. */
    record Chunk(String fileId, String filename, JsonNode attributes, String text) {}

    /** A chunk found for a query, with its score between 0 and 1. */
    record Hit(Chunk chunk, double score, int occurrences) {}

    private VectorSearch() {}

    /** The file's text as chunks of about {@code maxTokens} tokens, each starting {@code maxTokens - overlap} later. */
    static List<String> chunks(String text, int maxTokens, int overlapTokens) {
        return TermSearch.chunks(text, maxTokens, overlapTokens);
    }

    /** The best chunks for the queries, best first: at most {@code limit}, none scoring under {@code threshold}. */
    static List<Hit> search(List<Chunk> index, List<String> queries, int limit, double threshold) {
        return TermSearch.search(index, Chunk::text, queries, limit, threshold).stream()
                .map(hit -> new Hit(hit.chunk(), hit.score(), hit.occurrences()))
                .toList();
    }

    /** The words of a query that count: lower-cased, without punctuation and common words. */
    static List<String> terms(String query) {
        return TermSearch.terms(query);
    }

    /**
     * Whether a file's attributes pass a filter: a comparison ({@code eq}, {@code ne}, {@code gt},
     * {@code gte}, {@code lt}, {@code lte}, {@code in}, {@code nin} on a {@code key}) or a compound
     * ({@code and}, {@code or} of {@code filters}). A missing attribute passes only {@code ne} and {@code nin}.
     */
    static boolean passes(@Nullable JsonNode filter, JsonNode attributes, String param) {
        if (filter == null || filter.isNull()) {
            return true;
        }
        if (!filter.isObject()) {
            throw OpenAiErrors.invalidType(param, "an object", JsonBody.typeName(filter));
        }
        String type = filter.path("type").asText("eq");
        if (type.equals("and") || type.equals("or")) {
            JsonNode filters = filter.get("filters");
            if (filters == null || !filters.isArray()) {
                throw OpenAiErrors.missingParameter(param + ".filters");
            }
            boolean and = type.equals("and");
            for (int i = 0; i < filters.size(); i++) {
                boolean one = passes(filters.get(i), attributes, param + ".filters[" + i + "]");
                if (and != one) {
                    return one;
                }
            }
            return and;
        }
        List<String> comparisons = List.of("eq", "ne", "gt", "gte", "lt", "lte", "in", "nin");
        if (!comparisons.contains(type)) {
            throw OpenAiErrors.invalidValue(
                    param + ".type", type, List.of("eq", "ne", "gt", "gte", "lt", "lte", "in", "nin", "and", "or"));
        }
        if (!filter.path("key").isTextual()) {
            throw OpenAiErrors.missingParameter(param + ".key");
        }
        JsonNode expected = filter.get("value");
        if (expected == null || expected.isNull()) {
            throw OpenAiErrors.missingParameter(param + ".value");
        }
        JsonNode actual =
                attributes == null ? null : attributes.get(filter.get("key").asText());
        if (actual == null || actual.isNull()) {
            return type.equals("ne") || type.equals("nin");
        }
        return switch (type) {
            case "eq" -> same(actual, expected);
            case "ne" -> !same(actual, expected);
            case "in", "nin" -> {
                boolean found = false;
                for (JsonNode one : expected) {
                    found |= same(actual, one);
                }
                yield type.equals("in") == found;
            }
            default -> {
                if (!actual.isNumber() || !expected.isNumber()) {
                    yield false;
                }
                int order = Double.compare(actual.asDouble(), expected.asDouble());
                yield switch (type) {
                    case "gt" -> order > 0;
                    case "gte" -> order >= 0;
                    case "lt" -> order < 0;
                    default -> order <= 0;
                };
            }
        };
    }

    private static boolean same(JsonNode actual, JsonNode expected) {
        if (actual.isNumber() && expected.isNumber()) {
            return actual.asDouble() == expected.asDouble();
        }
        return actual.equals(expected);
    }
}
