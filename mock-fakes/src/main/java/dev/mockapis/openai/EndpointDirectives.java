package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.Directive;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which scenario directives steer the {@link Endpoints}' operations, beyond the model-turn replies. */
final class EndpointDirectives {

    private EndpointDirectives() {}

    /**
     * Whether the directive is one of the endpoints' own and meant for this operation.
     *
     * @throws IllegalArgumentException when it is one of theirs but meant for another operation
     */
    static boolean steers(String operationId, Directive directive) {
        List<String> meantFor = meantFor(directive);
        if (meantFor.isEmpty()) {
            return false;
        }
        if (!meantFor.contains(operationId)) {
            throw new IllegalArgumentException(
                    directive + " steers " + meantFor + ", not " + operationId + "; script it on " + meantFor);
        }
        return true;
    }

    /**
     * A scenario file's directive for the endpoints: {@code {flag: ...}} / {@code {flagAll: ...}} for
     * moderations, {@code {batch: failed|expired|cancelled}} for {@code batches.create}, {@code {video: failed}} for
     * {@code videos.create} and {@code videos.remix}, {@code {contentFilter: prompt}} for chat completions on Azure's
     * paths, {@code {transcript: text}} for
     * transcriptions and translations; empty for others.
     */
    static Optional<Directive> read(JsonNode spec) {
        Optional<ModerationPolicy> policy = ModerationPolicy.fromDirective(spec);
        if (policy.isPresent()) {
            return Optional.of(policy.get());
        }
        if (spec != null
                && spec.isObject()
                && spec.size() == 1
                && spec.path("transcript").isTextual()) {
            return Optional.of(new Transcript(spec.get("transcript").asText()));
        }
        if (spec != null && spec.isObject() && spec.size() == 1 && spec.has("contentFilter")) {
            String outcome = spec.get("contentFilter").asText();
            if (!outcome.equals("prompt")) {
                throw new IllegalArgumentException("contentFilter: unknown outcome '" + outcome + "'; known: [prompt]");
            }
            return Optional.of(AzureOpenAi.ContentFilter.PROMPT);
        }
        if (spec != null && spec.isObject() && spec.size() == 1 && spec.has("video")) {
            String outcome = spec.get("video").asText();
            if (!outcome.equals("failed")) {
                throw new IllegalArgumentException("video: unknown outcome '" + outcome + "'; known: [failed]");
            }
            return Optional.of(Videos.Outcome.FAILED);
        }
        if (spec != null && spec.isObject() && spec.has("batch")) {
            String outcome = spec.get("batch").asText();
            try {
                return Optional.of(Batches.Outcome.valueOf(outcome.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("batch: unknown outcome '" + outcome + "'; known: "
                        + Arrays.stream(Batches.Outcome.values())
                                .map(value -> value.name().toLowerCase(Locale.ROOT))
                                .toList());
            }
        }
        return Optional.empty();
    }

    private static List<String> meantFor(Directive directive) {
        if (directive instanceof ModerationPolicy) {
            return List.of("moderations.create");
        }
        if (directive instanceof Batches.Outcome) {
            return List.of("batches.create");
        }
        if (directive instanceof AzureOpenAi.ContentFilter) {
            return List.of("chat.completions.create");
        }
        if (directive instanceof Videos.Outcome) {
            return List.of("videos.create", "videos.remix");
        }
        if (directive instanceof Transcript) {
            return List.of("audio.transcriptions.create", "audio.translations.create");
        }
        return List.of();
    }
}
