package dev.mockapis.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The search behind the fakes' file search tools: simple term matching, no embeddings. A text is cut into
 * chunks of about a number of tokens (counted as ¾ of a word each) that overlap; a chunk scores the share of
 * the query's distinct words (lower-cased, common English words left out) that it contains, so the same
 * texts always rank the same. Chunks that share no word with the query are not found.
 */
public final class TermSearch {

    private static final Set<String> COMMON_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "how", "i", "in", "is",
            "it", "me", "my", "of", "on", "or", "our", "that", "the", "this", "to", "was", "we", "what", "when",
            "where", "which", "who", "why", "will", "with", "you", "your");

    /**
     * A chunk found for a query.
     *
     * @param chunk what was searched
     * @param score the share of the query's terms it contains, between 0 and 1
     * @param occurrences how often those terms occur in it, which breaks ties
     * @param <T> the searched items' type
     */
    public record Hit<T>(T chunk, double score, int occurrences) {}

    private TermSearch() {}

    /** The text as chunks of about {@code maxTokens} tokens, each starting {@code maxTokens - overlap} later. */
    public static List<String> chunks(String text, int maxTokens, int overlapTokens) {
        String[] words = text.trim().split("\\s+");
        List<String> chunks = new ArrayList<>();
        if (words.length == 0 || words[0].isEmpty()) {
            return chunks;
        }
        int size = Math.max(1, maxTokens * 3 / 4);
        int step = Math.max(1, size - overlapTokens * 3 / 4);
        for (int start = 0; start < words.length; start += step) {
            int end = Math.min(words.length, start + size);
            chunks.add(String.join(" ", Arrays.asList(words).subList(start, end)));
            if (end == words.length) {
                break;
            }
        }
        return chunks;
    }

    /**
     * The best chunks for the queries, best first: at most {@code limit}, none scoring under {@code threshold}.
     *
     * @param text the text of a chunk
     */
    public static <T> List<Hit<T>> search(
            List<T> index, Function<T, String> text, List<String> queries, int limit, double threshold) {
        Set<String> terms = new LinkedHashSet<>();
        queries.forEach(query -> terms.addAll(terms(query)));
        List<Hit<T>> hits = new ArrayList<>();
        if (terms.isEmpty()) {
            return hits;
        }
        for (T chunk : index) {
            List<String> words = words(text.apply(chunk));
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
                hits.add(new Hit<>(chunk, score, occurrences));
            }
        }
        hits.sort(Comparator.<Hit<T>>comparingDouble(Hit::score)
                .reversed()
                .thenComparing(Comparator.<Hit<T>>comparingInt(Hit::occurrences).reversed()));
        return new ArrayList<>(hits.subList(0, Math.min(limit, hits.size())));
    }

    /** The words of a query that count: lower-cased, without punctuation and common words. */
    public static List<String> terms(String query) {
        return words(query).stream()
                .filter(word -> !COMMON_WORDS.contains(word))
                .distinct()
                .toList();
    }

    /** The sentences of a text that share a word with the query; the whole text when none does. */
    public static String sentencesAbout(String text, String query) {
        List<String> terms = terms(query);
        List<String> sentences = new ArrayList<>();
        for (String sentence : text.split("(?<=[.!?])\\s+")) {
            if (terms(sentence).stream().anyMatch(terms::contains)) {
                sentences.add(sentence.strip());
            }
        }
        return sentences.isEmpty() ? text : String.join(" ", sentences);
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
}
