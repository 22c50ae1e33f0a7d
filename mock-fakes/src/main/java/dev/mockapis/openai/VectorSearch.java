package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The search behind {@code vector_stores.search} and the {@code file_search} tool: simple term matching, no
 * embeddings. A file's text is cut into chunks of about {@code max_chunk_size_tokens} tokens (counted as ¾ of
 * a word each) that overlap by {@code chunk_overlap_tokens}; a chunk scores the share of the query's distinct
 * words (lower-cased, common English words left out) that it contains, so the same files always rank the same.
 * Chunks that share no word with the query are not found.
 */
final class VectorSearch {

    private static final Set<String> COMMON_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "how", "i", "in", "is",
            "it", "me", "my", "of", "on", "or", "our", "that", "the", "this", "to", "was", "we", "what", "when",
            "where", "which", "who", "why", "will", "with", "you", "your");

    /** One chunk of one file, as the index keeps it. */
    record Chunk(String fileId, String filename, JsonNode attributes, String text) {}

    /** A chunk found for a query, with its score between 0 and 1. */
    record Hit(Chunk chunk, double score, int occurrences) {}

    private VectorSearch() {}

    /** The file's text as chunks of about {@code maxTokens} tokens, each starting {@code maxTokens - overlap} later. */
    static List<String> chunks(String text, int maxTokens, int overlapTokens) {
        String[] words = text.trim().split("\\s+");
        List<String> chunks = new ArrayList<>();
        if (words.length == 0 || words[0].isEmpty()) {
            return chunks;
        }
        int size = Math.max(1, maxTokens * 3 / 4);
        int step = Math.max(1, size - overlapTokens * 3 / 4);
        for (int start = 0; start < words.length; start += step) {
            int end = Math.min(words.length, start + size);
            chunks.add(String.join(" ", java.util.Arrays.asList(words).subList(start, end)));
            if (end == words.length) {
                break;
            }
        }
        return chunks;
    }

    /** The best chunks for the queries, best first: at most {@code limit}, none scoring under {@code threshold}. */
    static List<Hit> search(List<Chunk> index, List<String> queries, int limit, double threshold) {
        Set<String> terms = new LinkedHashSet<>();
        queries.forEach(query -> terms.addAll(terms(query)));
        List<Hit> hits = new ArrayList<>();
        if (terms.isEmpty()) {
            return hits;
        }
        for (Chunk chunk : index) {
            List<String> words = words(chunk.text());
            int matched = 0;
            int occurrences = 0;
            for (String term : terms) {
                int count = (int) words.stream().filter(term::equals).count();
                if (count > 0) {
                    matched++;
                    occurrences += count;
                }
            }
            double score = Math.round(10_000.0 * matched / terms.size()) / 10_000.0;
            if (matched > 0 && score >= threshold) {
                hits.add(new Hit(chunk, score, occurrences));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::score)
                .reversed()
                .thenComparing(Comparator.comparingInt(Hit::occurrences).reversed()));
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    /** The words of a query that count: lower-cased, without punctuation and common words. */
    static List<String> terms(String query) {
        return words(query).stream()
                .filter(word -> !COMMON_WORDS.contains(word))
                .distinct()
                .toList();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * Whether a file's attributes pass a filter: a comparison ({@code eq}, {@code ne}, {@code gt},
     * {@code gte}, {@code lt}, {@code lte}, {@code in}, {@code nin} on a {@code key}) or a compound
     * ({@code and}, {@code or} of {@code filters}). A missing attribute passes only {@code ne} and {@code nin}.
     */
    static boolean passes(JsonNode filter, JsonNode attributes, String param) {
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
