package dev.mockapis.openai;

import dev.mockapis.core.Scenario;
import java.util.List;

/** The built-in scenarios of the {@link Endpoints}: outcomes the real API can have that a test may want. */
final class EndpointScenarios {

    /** The endpoints' operations that call a model and so fail with the model calls in the failure scenarios. */
    static final List<String> MODEL_CALLS = List.of(
            "moderations.create",
            "audio.speech.create",
            "audio.transcriptions.create",
            "audio.translations.create",
            "images.generate",
            "images.edit",
            "images.create_variation",
            "videos.create",
            "videos.remix");

    private EndpointScenarios() {}

    static List<Scenario> all() {
        return List.of(
                Scenario.builder(OpenAiScenarios.FLAGGED)
                        .description("Moderation flags every input for harassment, harassment/threatening and violence")
                        .on(
                                "moderations.create",
                                rule -> rule.proceedWith(ModerationPolicy.flagEverything(
                                        "harassment", "harassment/threatening", "violence")))
                        .build(),
                batch(
                        OpenAiScenarios.BATCH_FAILED,
                        "Batches fail while validating: the enqueued token limit is reached",
                        Batches.Outcome.FAILED),
                batch(
                        OpenAiScenarios.BATCH_EXPIRED,
                        "Batches expire while in progress; every request goes to the error file as batch_expired",
                        Batches.Outcome.EXPIRED),
                batch(
                        OpenAiScenarios.BATCH_CANCELLED,
                        "Batches are cancelled while in progress (cancelling, then cancelled)",
                        Batches.Outcome.CANCELLED),
                Scenario.builder(OpenAiScenarios.AZURE_CONTENT_FILTER)
                        .description("On Azure's paths, chat completions are refused by the content filter (400"
                                + " content_filter, violence filtered)")
                        .on("chat.completions.create", rule -> rule.proceedWith(AzureOpenAi.ContentFilter.PROMPT))
                        .build(),
                Scenario.builder(OpenAiScenarios.VIDEO_FAILED)
                        .description("Video jobs fail while in progress: error.code moderation_blocked")
                        .on("videos.create", rule -> rule.proceedWith(Videos.Outcome.FAILED))
                        .on("videos.remix", rule -> rule.proceedWith(Videos.Outcome.FAILED))
                        .build());
    }

    private static Scenario batch(String name, String description, Batches.Outcome outcome) {
        return Scenario.builder(name)
                .description(description)
                .on("batches.create", rule -> rule.proceedWith(outcome))
                .build();
    }
}
