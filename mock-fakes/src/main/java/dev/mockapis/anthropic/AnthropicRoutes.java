package dev.mockapis.anthropic;

import dev.mockapis.core.RouteTable;

/**
 * Anthropic's routes, each naming the operation after the Java SDK's service path: the Messages API,
 * then the resources around it ({@link AnthropicResources}).
 */
final class AnthropicRoutes {

    private AnthropicRoutes() {}

    static RouteTable table() {
        return RouteTable.builder()
                .route("POST", "/v1/messages", AnthropicFake.CREATE)
                .route("POST", "/v1/messages/count_tokens", AnthropicFake.COUNT_TOKENS)
                .route("POST", "/v1/messages/batches", AnthropicResources.BATCHES_CREATE)
                .route("GET", "/v1/messages/batches", AnthropicResources.BATCHES_LIST)
                .route("GET", "/v1/messages/batches/{message_batch_id}/results", AnthropicResources.BATCHES_RESULTS)
                .route("POST", "/v1/messages/batches/{message_batch_id}/cancel", AnthropicResources.BATCHES_CANCEL)
                .route("GET", "/v1/messages/batches/{message_batch_id}", AnthropicResources.BATCHES_RETRIEVE)
                .route("DELETE", "/v1/messages/batches/{message_batch_id}", AnthropicResources.BATCHES_DELETE)
                .route("POST", "/v1/files", AnthropicResources.FILES_UPLOAD)
                .route("GET", "/v1/files", AnthropicResources.FILES_LIST)
                .route("GET", "/v1/files/{file_id}/content", AnthropicResources.FILES_DOWNLOAD)
                .route("GET", "/v1/files/{file_id}", AnthropicResources.FILES_RETRIEVE_METADATA)
                .route("DELETE", "/v1/files/{file_id}", AnthropicResources.FILES_DELETE)
                .route("POST", "/v1/skills", AnthropicResources.SKILLS_CREATE)
                .route("GET", "/v1/skills", AnthropicResources.SKILLS_LIST)
                .route("GET", "/v1/skills/{skill_id}", AnthropicResources.SKILLS_RETRIEVE)
                .route("DELETE", "/v1/skills/{skill_id}", AnthropicResources.SKILLS_DELETE)
                .route("POST", "/v1/skills/{skill_id}/versions", AnthropicResources.SKILL_VERSIONS_CREATE)
                .route("GET", "/v1/skills/{skill_id}/versions", AnthropicResources.SKILL_VERSIONS_LIST)
                .route("GET", "/v1/skills/{skill_id}/versions/{version}", AnthropicResources.SKILL_VERSIONS_RETRIEVE)
                .route("DELETE", "/v1/skills/{skill_id}/versions/{version}", AnthropicResources.SKILL_VERSIONS_DELETE)
                .route("POST", "/v1/environments", AnthropicResources.ENVIRONMENTS_CREATE)
                .route("GET", "/v1/environments", AnthropicResources.ENVIRONMENTS_LIST)
                .route("POST", "/v1/environments/{environment_id}/archive", AnthropicResources.ENVIRONMENTS_ARCHIVE)
                .route("GET", "/v1/environments/{environment_id}", AnthropicResources.ENVIRONMENTS_RETRIEVE)
                .route("POST", "/v1/environments/{environment_id}", AnthropicResources.ENVIRONMENTS_UPDATE)
                .route("DELETE", "/v1/environments/{environment_id}", AnthropicResources.ENVIRONMENTS_DELETE)
                .route("POST", "/v1/agents", AnthropicResources.AGENTS_CREATE)
                .route("GET", "/v1/agents", AnthropicResources.AGENTS_LIST)
                .route("POST", "/v1/agents/{agent_id}/archive", AnthropicResources.AGENTS_ARCHIVE)
                .route("GET", "/v1/agents/{agent_id}/versions", AnthropicResources.AGENT_VERSIONS_LIST)
                .route("GET", "/v1/agents/{agent_id}", AnthropicResources.AGENTS_RETRIEVE)
                .route("POST", "/v1/agents/{agent_id}", AnthropicResources.AGENTS_UPDATE)
                .route("POST", "/v1/sessions", AnthropicResources.SESSIONS_CREATE)
                .route("GET", "/v1/sessions", AnthropicResources.SESSIONS_LIST)
                .route("POST", "/v1/sessions/{session_id}/archive", AnthropicResources.SESSIONS_ARCHIVE)
                .route("GET", "/v1/sessions/{session_id}/events/stream", AnthropicResources.SESSION_EVENTS_STREAM)
                .route("POST", "/v1/sessions/{session_id}/events", AnthropicResources.SESSION_EVENTS_SEND)
                .route("GET", "/v1/sessions/{session_id}/events", AnthropicResources.SESSION_EVENTS_LIST)
                .route("GET", "/v1/sessions/{session_id}", AnthropicResources.SESSIONS_RETRIEVE)
                .route("POST", "/v1/sessions/{session_id}", AnthropicResources.SESSIONS_UPDATE)
                .route("DELETE", "/v1/sessions/{session_id}", AnthropicResources.SESSIONS_DELETE)
                .route("GET", "/v1/models", AnthropicResources.MODELS_LIST)
                .route("GET", "/v1/models/{model_id}", AnthropicResources.MODELS_RETRIEVE)
                .build();
    }
}
