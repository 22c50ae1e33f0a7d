package dev.mockapis.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.ProviderErrorException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@code metadataFilter} of the {@code fileSearch} tool, in the part of Google's AIP-160 filter syntax
 * the fake reads: comparisons {@code key = "text"}, {@code key != "text"}, {@code key < 3} (also {@code <=},
 * {@code >}, {@code >=}) joined by {@code AND} and {@code OR} ({@code AND} binding tighter), no parentheses.
 * A comparison reads a document's {@code customMetadata} entry of that key: its {@code stringValue}, its
 * {@code numericValue}, or any of its {@code stringListValue.values} for {@code =}. A document without
 * the key passes only {@code !=}.
 */
final class MetadataFilter {

    private static final Pattern COMPARISON = Pattern.compile(
            "\\s*([A-Za-z_][A-Za-z0-9_.]*)\\s*(!=|<=|>=|=|<|>)\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9.]+)\\s*");

    private record Comparison(
            String key,
            String operator,
            String text,
            @Nullable Double number) {}

    static final MetadataFilter NONE = new MetadataFilter(List.of());

    /** Alternatives ({@code OR}) of conjunctions ({@code AND}); none passes everything. */
    private final List<List<Comparison>> alternatives;

    private MetadataFilter(List<List<Comparison>> alternatives) {
        this.alternatives = alternatives;
    }

    /**
     * Reads a filter.
     *
     * @throws ProviderErrorException with a 400 {@code INVALID_ARGUMENT} for a filter the fake cannot read
     */
    static MetadataFilter parse(String filter) {
        if (filter.isBlank()) {
            return NONE;
        }
        List<List<Comparison>> alternatives = new ArrayList<>();
        for (String alternative : filter.split("\\s+OR\\s+")) {
            List<Comparison> all = new ArrayList<>();
            for (String comparison : alternative.split("\\s+AND\\s+")) {
                Matcher matcher = COMPARISON.matcher(comparison);
                if (!matcher.matches()) {
                    throw new ProviderErrorException(
                            GeminiErrors.invalidArgument("Invalid metadata_filter: " + filter));
                }
                String value = matcher.group(3);
                boolean quoted = value.startsWith("\"");
                all.add(new Comparison(
                        matcher.group(1),
                        matcher.group(2),
                        quoted ? value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1") : value,
                        quoted ? null : number(value, filter)));
            }
            alternatives.add(all);
        }
        return new MetadataFilter(alternatives);
    }

    /** Whether a document with this {@code customMetadata} passes. */
    boolean passes(@Nullable JsonNode customMetadata) {
        if (alternatives.isEmpty()) {
            return true;
        }
        return alternatives.stream()
                .anyMatch(all -> all.stream().allMatch(comparison -> passes(comparison, customMetadata)));
    }

    private static boolean passes(Comparison comparison, @Nullable JsonNode customMetadata) {
        JsonNode entry = null;
        if (customMetadata != null) {
            for (JsonNode one : customMetadata) {
                if (comparison.key().equals(one.path("key").asText())) {
                    entry = one;
                }
            }
        }
        if (entry == null) {
            return comparison.operator().equals("!=");
        }
        if (comparison.number() != null && entry.path("numericValue").isNumber()) {
            int order = Double.compare(entry.get("numericValue").asDouble(), comparison.number());
            return switch (comparison.operator()) {
                case "=" -> order == 0;
                case "!=" -> order != 0;
                case "<" -> order < 0;
                case "<=" -> order <= 0;
                case ">" -> order > 0;
                default -> order >= 0;
            };
        }
        List<String> values = new ArrayList<>();
        if (entry.path("stringValue").isTextual()) {
            values.add(entry.get("stringValue").asText());
        }
        entry.path("stringListValue").path("values").forEach(value -> values.add(value.asText()));
        boolean equal = values.contains(comparison.text());
        return switch (comparison.operator()) {
            case "=" -> equal;
            case "!=" -> !equal;
            default -> false;
        };
    }

    private static double number(String value, String filter) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new ProviderErrorException(GeminiErrors.invalidArgument("Invalid metadata_filter: " + filter));
        }
    }
}
