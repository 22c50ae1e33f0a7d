package dev.mockapis.core.record.internal;

import dev.mockapis.core.RequestFingerprint;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Keeps secrets out of recordings: credentials the proxy itself sent are replaced wherever they
 * appear as text; then any secret, in plain, URL-encoded or Base64 form, still present is a leak
 * that stops the recording.
 */
public final class SecretScan {

    private SecretScan() {}

    /** The text with every occurrence of the credentials, plain or URL-encoded, replaced. */
    public static String replace(String text, List<String> credentials) {
        List<String> longestFirst = new ArrayList<>(credentials);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        String result = text;
        for (String secret : longestFirst) {
            for (String form : List.of(secret, urlEncoded(secret))) {
                result = result.replace(form, RequestFingerprint.REDACTED);
            }
        }
        return result;
    }

    /**
     * Where the first secret still in the text is, such as {@code "secret #2 (Base64) on line 14"};
     * empty when there is none. The secret itself is never named.
     *
     * @param secrets the secrets, each described by its label
     */
    public static Optional<String> findLeak(String text, List<Labelled> secrets) {
        for (Labelled secret : secrets) {
            String[][] forms = {
                {secret.value(), "as is"},
                {urlEncoded(secret.value()), "URL-encoded"},
                {Base64.getEncoder().encodeToString(secret.value().getBytes(StandardCharsets.UTF_8)), "Base64"}
            };
            for (String[] form : forms) {
                int at = text.indexOf(form[0]);
                if (at >= 0) {
                    long line =
                            text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
                    return Optional.of(secret.label() + " (" + form[1] + ") on line " + line);
                }
            }
        }
        return Optional.empty();
    }

    private static String urlEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * A secret and how a message may name it.
     *
     * @param value the secret
     * @param label what it is, such as {@code "the upstream's credential #1"}
     */
    public record Labelled(String value, String label) {}
}
