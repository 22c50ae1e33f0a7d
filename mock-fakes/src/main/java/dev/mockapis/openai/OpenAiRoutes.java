package dev.mockapis.openai;

import dev.mockapis.core.RouteTable;

/**
 * OpenAI's routes, each served both under {@code /v1} (the SDKs' default base URL ends in it) and
 * without it (for base URLs given as the bare host), then under Azure OpenAI's prefixes ({@link AzureOpenAi}).
 */
final class OpenAiRoutes {

    private static final String[][] ROUTES = {
        {"POST", "/chat/completions", "chat.completions.create"},
        {"POST", "/responses", "responses.create"},
        {"GET", "/responses/{response_id}/input_items", "responses.input_items.list"},
        {"POST", "/responses/{response_id}/cancel", "responses.cancel"},
        {"GET", "/responses/{response_id}", "responses.retrieve"},
        {"DELETE", "/responses/{response_id}", "responses.delete"},
        {"POST", "/conversations", "conversations.create"},
        {"POST", "/conversations/{conversation_id}/items", "conversations.items.create"},
        {"GET", "/conversations/{conversation_id}/items", "conversations.items.list"},
        {"GET", "/conversations/{conversation_id}/items/{item_id}", "conversations.items.retrieve"},
        {"DELETE", "/conversations/{conversation_id}/items/{item_id}", "conversations.items.delete"},
        {"GET", "/conversations/{conversation_id}", "conversations.retrieve"},
        {"POST", "/conversations/{conversation_id}", "conversations.update"},
        {"DELETE", "/conversations/{conversation_id}", "conversations.delete"},
        {"POST", "/assistants", "assistants.create"},
        {"GET", "/assistants", "assistants.list"},
        {"GET", "/assistants/{assistant_id}", "assistants.retrieve"},
        {"POST", "/assistants/{assistant_id}", "assistants.update"},
        {"DELETE", "/assistants/{assistant_id}", "assistants.delete"},
        // Before /threads/{thread_id}, which would otherwise take "runs" for a thread id.
        {"POST", "/threads/runs", "threads.create_and_run"},
        {"POST", "/threads", "threads.create"},
        {"POST", "/threads/{thread_id}/messages", "threads.messages.create"},
        {"GET", "/threads/{thread_id}/messages", "threads.messages.list"},
        {"GET", "/threads/{thread_id}/messages/{message_id}", "threads.messages.retrieve"},
        {"POST", "/threads/{thread_id}/runs", "threads.runs.create"},
        {"GET", "/threads/{thread_id}/runs", "threads.runs.list"},
        {"GET", "/threads/{thread_id}/runs/{run_id}/steps", "threads.runs.steps.list"},
        {"POST", "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs", "threads.runs.submit_tool_outputs"},
        {"POST", "/threads/{thread_id}/runs/{run_id}/cancel", "threads.runs.cancel"},
        {"GET", "/threads/{thread_id}/runs/{run_id}", "threads.runs.retrieve"},
        {"GET", "/threads/{thread_id}", "threads.retrieve"},
        {"POST", "/threads/{thread_id}", "threads.update"},
        {"DELETE", "/threads/{thread_id}", "threads.delete"},
        {"GET", "/models", "models.list"},
        {"GET", "/models/{model}", "models.retrieve"},
        {"POST", "/embeddings", "embeddings.create"},
    };

    private OpenAiRoutes() {}

    static RouteTable table() {
        RouteTable.Builder table = RouteTable.builder();
        String[][] all = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(ROUTES), java.util.Arrays.stream(Endpoints.ROUTES))
                .toArray(String[][]::new);
        for (String[] route : all) {
            table.route(route[0], "/v1" + route[1], route[2]);
        }
        for (String[] route : all) {
            table.route(route[0], route[1], route[2]);
        }
        for (String prefix : AzureOpenAi.PREFIXES) {
            for (String[] route : all) {
                table.route(route[0], prefix + route[1], route[2]);
            }
        }
        return table.build();
    }
}
