package dev.mockapis.gemini;

import dev.mockapis.core.ScenarioCatalog;
import dev.mockapis.core.conversation.internal.StandardScenarios;

/** The shared LLM scenarios, with Google's errors; Gemini has no scenario of its own. */
final class GeminiScenarios {

    private GeminiScenarios() {}

    static ScenarioCatalog catalog(GeminiFake api) {
        return ScenarioCatalog.of(api.name(), StandardScenarios.standard(api));
    }
}
