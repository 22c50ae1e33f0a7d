package dev.mockapis.deepseek;

import dev.mockapis.core.RouteTable;

/**
 * DeepSeek's routes, each with and without {@code /v1} as DeepSeek serves both, named like OpenAI's
 * since DeepSeek speaks its dialect.
 */
final class DeepSeekRoutes {

    private DeepSeekRoutes() {}

    static RouteTable table() {
        return RouteTable.builder()
                .route("POST", "/chat/completions", DeepSeekFake.CHAT)
                .route("POST", "/v1/chat/completions", DeepSeekFake.CHAT)
                .route("GET", "/models", DeepSeekFake.MODELS)
                .route("GET", "/v1/models", DeepSeekFake.MODELS)
                .build();
    }
}
