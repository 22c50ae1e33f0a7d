package dev.mockapis.gemini;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic embeddings in which texts that share words lie close together: each word has a fixed
 * pseudo-random direction, a text is the normalized sum of its words' directions. Not a language model,
 * but retrieval by cosine similarity ranks a document that shares the query's words above one that
 * does not, and the same text always gives the same vector.
 */
final class WordVectors {

    private WordVectors() {}

    /** The unit vector of a text, of the given size; an empty text gets the direction of the empty word. */
    static float[] of(String text, int dimensions) {
        double[] sum = new double[dimensions];
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        boolean any = false;
        for (String word : words) {
            if (!word.isEmpty()) {
                add(sum, word);
                any = true;
            }
        }
        if (!any) {
            add(sum, "");
        }
        double norm = 0;
        for (double value : sum) {
            norm += value * value;
        }
        double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        float[] vector = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            vector[i] = (float) (sum[i] * scale);
        }
        return vector;
    }

    private static void add(double[] sum, String word) {
        SplittableRandom random = new SplittableRandom(seed(word));
        for (int i = 0; i < sum.length; i++) {
            sum[i] += random.nextGaussian();
        }
    }

    private static long seed(String word) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return hash;
    }
}
