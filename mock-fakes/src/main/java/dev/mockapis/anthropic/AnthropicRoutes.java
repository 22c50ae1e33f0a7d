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
                .route("GET", "/v1/models", AnthropicResources.MODELS_LIST)
                .route("GET", "/v1/models/{model_id}", AnthropicResources.MODELS_RETRIEVE)
                .build();
    }
}
