package dev.mockapis.conversation;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.models.ChatModel;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.ResponseOutputItem;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.internal.JsonSupport;
import java.util.List;
import java.util.Map;

/**
 * The Responses API through openai-java, chained the way OpenAI's examples chain it: each request names the
 * previous response and sends only what is new.
 */
final class ResponsesChatDriver implements ChatDriver {

    private final FakeServer server;
    private final OpenAIClient client;
    private final FunctionTool weather;
    private String previousResponseId;
    private String pendingCallId;

    ResponsesChatDriver(FakeServer server) {
        this.server = server;
        this.client = OpenAIOkHttpClient.builder()
                .baseUrl(server.baseUrl() + "/v1")
                .apiKey("sk-test")
                .maxRetries(0)
                .responseValidation(true)
                .build();
        FunctionTool.Parameters.Builder parameters = FunctionTool.Parameters.builder();
        WEATHER_SCHEMA.forEach((key, value) -> parameters.putAdditionalProperty(key, JsonValue.from(value)));
        this.weather = FunctionTool.builder()
                .name("get_weather")
                .description("Weather in a city")
                .parameters(parameters.build())
                .strict(false)
                .build();
    }

    @Override
    public FakeServer server() {
        return server;
    }

    @Override
    public Answer say(String text) {
        return ask(request().input(text));
    }

    @Override
    public Answer returnToolResult(String output) {
        return ask(request()
                .inputOfResponse(
                        List.of(ResponseInputItem.ofFunctionCallOutput(ResponseInputItem.FunctionCallOutput.builder()
                                .callId(pendingCallId)
                                .output(output)
                                .build()))));
    }

    @Override
    public Answer returnToolResultAndAsk(String output, String question) {
        return ask(request()
                .inputOfResponse(List.of(
                        ResponseInputItem.ofFunctionCallOutput(ResponseInputItem.FunctionCallOutput.builder()
                                .callId(pendingCallId)
                                .output(output)
                                .build()),
                        ResponseInputItem.ofEasyInputMessage(com.openai.models.responses.EasyInputMessage.builder()
                                .role(com.openai.models.responses.EasyInputMessage.Role.USER)
                                .content(question)
                                .build()))));
    }

    private ResponseCreateParams.Builder request() {
        ResponseCreateParams.Builder request = ResponseCreateParams.builder()
                .model(ChatModel.GPT_4O)
                .instructions("You are a weather desk.")
                .addTool(weather);
        if (previousResponseId != null) {
            request.previousResponseId(previousResponseId);
        }
        return request;
    }

    private Answer ask(ResponseCreateParams.Builder request) {
        Response response = client.responses().create(request.build());
        previousResponseId = response.id();
        for (ResponseOutputItem item : response.output()) {
            if (item.isFunctionCall()) {
                ResponseFunctionToolCall call = item.asFunctionCall();
                pendingCallId = call.callId();
                return Answer.call(call.name(), arguments(call.arguments()));
            }
        }
        StringBuilder text = new StringBuilder();
        response.output().stream()
                .filter(ResponseOutputItem::isMessage)
                .flatMap(item -> item.asMessage().content().stream())
                .filter(content -> content.isOutputText())
                .forEach(content -> text.append(content.asOutputText().text()));
        return Answer.text(text.toString());
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
