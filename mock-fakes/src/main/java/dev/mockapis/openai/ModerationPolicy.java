package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.Directive;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the OpenAI fake's {@code moderations.create} flags: each category flags text inputs containing
 * one of its terms (case-insensitive, whole words or phrases), or every input. The fake's default is
 * {@link #defaults()}; a scenario replaces it for the calls it scripts:
 *
 * <pre>{@code
 * Scenario strict = Scenario.builder("strict_moderation")
 *         .on("moderations.create", rule -> rule.proceedWith(ModerationPolicy.defaults().flag("harassment", "stupid")))
 *         .build();
 * }</pre>
 *
 * <p>In a scenario file the same is {@code proceed: {flag: {harassment: [stupid]}}}, or
 * {@code proceed: {flagAll: [violence]}} to flag every input. Images are never matched by terms; only
 * {@link #flagEverything} flags them, in the categories that apply to images. Immutable.
 */
public final class ModerationPolicy implements Directive {

    /** The categories, in the order OpenAI's spec lists them. */
    public static final List<String> CATEGORIES = List.of(
            "hate",
            "hate/threatening",
            "harassment",
            "harassment/threatening",
            "illicit",
            "illicit/violent",
            "self-harm",
            "self-harm/intent",
            "self-harm/instructions",
            "sexual",
            "sexual/minors",
            "violence",
            "violence/graphic");

    /** The categories that also score images ({@code category_applied_input_types} may hold {@code image}). */
    static final Set<String> IMAGE_CATEGORIES =
            Set.of("self-harm", "self-harm/intent", "self-harm/instructions", "sexual", "violence", "violence/graphic");

    private static final ModerationPolicy DEFAULTS = new ModerationPolicy(Map.of(), Set.of())
            .flag("harassment", "idiot", "stupid", "moron", "hate you")
            .flag("harassment/threatening", "kill you", "kill them", "hurt you", "hurt them")
            .flag("violence", "kill", "murder", "shoot", "stab")
            .flag("violence/graphic", "gore", "dismember")
            .flag("self-harm", "suicide", "kill myself", "hurt myself")
            .flag("self-harm/intent", "kill myself", "want to die")
            .flag("illicit", "shoplift", "counterfeit")
            .flag("illicit/violent", "make a bomb", "build a bomb");

    private final Map<String, List<String>> terms;
    private final Set<String> flagAll;

    private ModerationPolicy(Map<String, List<String>> terms, Set<String> flagAll) {
        this.terms = terms;
        this.flagAll = flagAll;
    }

    /**
     * The fake's default: a small English word list flags harassment ({@code idiot}, {@code stupid},
     * {@code hate you}...), threats ({@code kill you}, {@code kill them}...), violence ({@code kill},
     * {@code murder}, {@code shoot}, {@code stab}), graphic violence, self-harm, and illicit advice
     * ({@code shoplift}, {@code make a bomb}...). Anything else passes.
     */
    public static ModerationPolicy defaults() {
        return DEFAULTS;
    }

    /** Flags nothing; add terms with {@link #flag}. */
    public static ModerationPolicy flagNothing() {
        return new ModerationPolicy(Map.of(), Set.of());
    }

    /**
     * Flags every input in the given categories (images only in those that apply to images), whatever it says.
     *
     * @throws IllegalArgumentException for a category OpenAI does not have, naming the known ones
     */
    public static ModerationPolicy flagEverything(String... categories) {
        Set<String> all = new LinkedHashSet<>();
        for (String category : categories) {
            all.add(known(category));
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("Name at least one category to flag; known: " + CATEGORIES);
        }
        return new ModerationPolicy(Map.of(), Set.copyOf(all));
    }

    /**
     * This policy, also flagging text containing any of these terms in the category.
     *
     * @throws IllegalArgumentException for a category OpenAI does not have, naming the known ones
     */
    public ModerationPolicy flag(String category, String... newTerms) {
        Map<String, List<String>> copy = new LinkedHashMap<>(terms);
        List<String> list = new ArrayList<>(copy.getOrDefault(known(category), List.of()));
        for (String term : newTerms) {
            if (term == null || term.isBlank()) {
                throw new IllegalArgumentException("A term to flag must not be blank");
            }
            list.add(term.strip().toLowerCase(Locale.ROOT));
        }
        copy.put(category, List.copyOf(list));
        return new ModerationPolicy(Map.copyOf(copy), flagAll);
    }

    /** The categories flagged for one input: its texts (lower case) and whether it holds an image. */
    Set<String> flaggedCategories(List<String> texts, boolean image) {
        Set<String> flagged = new LinkedHashSet<>();
        for (String category : CATEGORIES) {
            if (flagAll.contains(category) && (!texts.isEmpty() || (image && IMAGE_CATEGORIES.contains(category)))) {
                flagged.add(category);
                continue;
            }
            for (String term : terms.getOrDefault(category, List.of())) {
                if (texts.stream().anyMatch(text -> containsPhrase(text, term))) {
                    flagged.add(category);
                    break;
                }
            }
        }
        return flagged;
    }

    private static boolean containsPhrase(String text, String phrase) {
        int from = 0;
        while (true) {
            int at = text.indexOf(phrase, from);
            if (at < 0) {
                return false;
            }
            int end = at + phrase.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
            from = at + 1;
        }
    }

    /**
     * Reads a scenario file's {@code {flag: {category: [terms]}}} or {@code {flagAll: [categories]}}, or
     * nothing when the directive is of another kind.
     */
    static Optional<ModerationPolicy> fromDirective(JsonNode spec) {
        if (spec == null || !spec.isObject() || (!spec.has("flag") && !spec.has("flagAll"))) {
            return Optional.empty();
        }
        ModerationPolicy policy = flagNothing();
        if (spec.has("flagAll")) {
            List<String> categories = strings(spec.get("flagAll"), "flagAll");
            policy = flagEverything(categories.toArray(String[]::new));
        }
        JsonNode flag = spec.get("flag");
        if (flag != null) {
            if (!flag.isObject()) {
                throw new IllegalArgumentException("flag: expected a map of category to terms, got " + flag);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = flag.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                policy = policy.flag(
                        entry.getKey(),
                        strings(entry.getValue(), "flag." + entry.getKey()).toArray(String[]::new));
            }
        }
        return Optional.of(policy);
    }

    private static List<String> strings(JsonNode node, String at) {
        List<String> values = new ArrayList<>();
        if (node.isTextual()) {
            values.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(value -> values.add(value.asText()));
        } else {
            throw new IllegalArgumentException(at + ": expected a word or a list of words, got " + node);
        }
        return values;
    }

    private static String known(String category) {
        if (!CATEGORIES.contains(category)) {
            throw new IllegalArgumentException(
                    "OpenAI has no moderation category '" + category + "'; known: " + String.join(", ", CATEGORIES));
        }
        return category;
    }

    @Override
    public String toString() {
        return "ModerationPolicy" + (flagAll.isEmpty() ? "" : "[every input: " + flagAll + "]") + terms;
    }
}
