package dev.mockapis.conversation;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.internal.JsonSupport;
import java.util.Map;

/** Chat Completions through openai-java: OpenAI itself, or DeepSeek's OpenAI-compatible API. */
final class OpenAiChatDriver implements ChatDriver {

    private final FakeServer server;
    private final OpenAIClient client;
    private final ChatCompletionCreateParams.Builder conversation;
    private String pendingCallId;

    OpenAiChatDriver(FakeServer server, String baseUrl, String model) {
        this.server = server;
        this.client = OpenAIOkHttpClient.builder()
                .baseUrl(baseUrl)
                .apiKey("sk-test")
                .maxRetries(0)
                .responseValidation(true)
                .build();
        FunctionParameters.Builder parameters = FunctionParameters.builder();
        WEATHER_SCHEMA.forEach((key, value) -> parameters.putAdditionalProperty(key, JsonValue.from(value)));
        this.conversation = ChatCompletionCreateParams.builder()
                .model(model)
                .addSystemMessage("You are a weather desk.")
                .addFunctionTool(FunctionDefinition.builder()
                        .name("get_weather")
                        .description("Weather in a city")
                        .parameters(parameters.build())
                        .build());
    }

    @Override
    public FakeServer server() {
        return server;
    }

    @Override
    public Answer say(String text) {
        return ask(conversation.addUserMessage(text));
    }

    @Override
    public Answer returnToolResult(String output) {
        return ask(conversation.addMessage(ChatCompletionToolMessageParam.builder()
                .toolCallId(pendingCallId)
                .content(output)
                .build()));
    }

    @Override
    public Answer returnToolResultAndAsk(String output, String question) {
        return ask(conversation
                .addMessage(ChatCompletionToolMessageParam.builder()
                        .toolCallId(pendingCallId)
                        .content(output)
                        .build())
                .addUserMessage(question));
    }

    private Answer ask(ChatCompletionCreateParams.Builder request) {
        ChatCompletion completion = client.chat().completions().create(request.build());
        conversation.addMessage(completion.choices().get(0).message());
        return completion
                .choices()
                .get(0)
                .message()
                .toolCalls()
                .filter(calls -> !calls.isEmpty())
                .map(calls -> {
                    ChatCompletionMessageFunctionToolCall call = calls.get(0).asFunction();
                    pendingCallId = call.id();
                    return Answer.call(
                            call.function().name(), arguments(call.function().arguments()));
                })
                .orElseGet(() -> Answer.text(
                        completion.choices().get(0).message().content().orElseThrow()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> arguments(String json) {
        try {
            return JsonSupport.mapper().readValue(json, Map.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("Arguments are not JSON: " + json, e);
        }
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
