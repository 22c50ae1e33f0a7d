package dev.mockapis.openai;

import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.conversation.internal.ReplyEngine;
import dev.mockapis.core.conversation.internal.Turn;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Which handler answers each operation id, and which operations have a model turn for matchers to see. */
final class OpenAiOperations {

    /** Answers one operation. */
    @FunctionalInterface
    interface Handler {
        FakeResponse handle(ApiCall call, @Nullable Directive directive);
    }

    private final Map<String, Handler> handlers = new HashMap<>();
    private final Map<String, Function<ApiCall, Turn>> turns = new HashMap<>();

    OpenAiOperations(
            IdGenerator ids,
            Clock clock,
            ReplyEngine replies,
            ResponsesState responsesState,
            AssistantsState assistantsState,
            Endpoints endpoints,
            Models models) {
        ChatCompletions chat = new ChatCompletions(new OpenAiChatDialect(ids), clock, replies);
        handlers.put("chat.completions.create", chat::create);
        turns.put("chat.completions.create", chat::turn);

        Responses responses = new Responses(ids, clock, replies, responsesState, endpoints.vectorStores());
        handlers.put("responses.create", responses::create);
        handlers.put("responses.retrieve", responses::retrieve);
        handlers.put("responses.delete", responses::delete);
        handlers.put("responses.cancel", responses::cancel);
        handlers.put("responses.input_items.list", responses::inputItems);
        turns.put("responses.create", responses::turn);

        Conversations conversations = new Conversations(ids, clock, responsesState);
        handlers.put("conversations.create", conversations::create);
        handlers.put("conversations.retrieve", conversations::retrieve);
        handlers.put("conversations.update", conversations::update);
        handlers.put("conversations.delete", conversations::delete);
        handlers.put("conversations.items.create", conversations::createItems);
        handlers.put("conversations.items.list", conversations::listItems);
        handlers.put("conversations.items.retrieve", conversations::retrieveItem);
        handlers.put("conversations.items.delete", conversations::deleteItem);

        Assistants assistants = new Assistants(ids, clock, assistantsState);
        handlers.put("assistants.create", assistants::create);
        handlers.put("assistants.retrieve", assistants::retrieve);
        handlers.put("assistants.update", assistants::update);
        handlers.put("assistants.list", assistants::list);
        handlers.put("assistants.delete", assistants::delete);

        Threads threads = new Threads(ids, clock, assistantsState);
        handlers.put("threads.create", threads::create);
        handlers.put("threads.retrieve", threads::retrieve);
        handlers.put("threads.update", threads::update);
        handlers.put("threads.delete", threads::delete);
        handlers.put("threads.messages.create", threads::createMessage);
        handlers.put("threads.messages.retrieve", threads::retrieveMessage);
        handlers.put("threads.messages.list", threads::listMessages);

        Runs runs = new Runs(ids, clock, replies, assistantsState, threads);
        handlers.put("threads.runs.create", runs::create);
        handlers.put("threads.create_and_run", runs::createAndRun);
        handlers.put("threads.runs.retrieve", runs::retrieve);
        handlers.put("threads.runs.list", runs::list);
        handlers.put("threads.runs.cancel", runs::cancel);
        handlers.put("threads.runs.submit_tool_outputs", runs::submitToolOutputs);
        handlers.put("threads.runs.steps.list", runs::steps);
        for (String operation : List.of(
                "threads.runs.create",
                "threads.create_and_run",
                "threads.runs.submit_tool_outputs",
                "threads.messages.create")) {
            turns.put(operation, runs::turn);
        }

        handlers.put("models.list", models::list);
        handlers.put("models.retrieve", models::retrieve);
        handlers.put("embeddings.create", new Embeddings()::create);
        endpoints.register(handlers::put);
    }

    Handler handler(String operationId) {
        Handler handler = handlers.get(operationId);
        if (handler == null) {
            throw new IllegalStateException("The openai fake routes " + operationId + " but has no handler for it");
        }
        return handler;
    }

    Optional<Function<ApiCall, Turn>> turn(String operationId) {
        return Optional.ofNullable(turns.get(operationId));
    }
}
