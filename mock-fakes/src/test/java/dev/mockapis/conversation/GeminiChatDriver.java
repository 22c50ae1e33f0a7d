package dev.mockapis.conversation;

import com.google.genai.Client;
import com.google.genai.types.Content;
import com.google.genai.types.FunctionCall;
import com.google.genai.types.FunctionDeclaration;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import com.google.genai.types.Part;
import com.google.genai.types.Tool;
import dev.mockapis.core.FakeServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** generateContent through google-genai. */
final class GeminiChatDriver implements ChatDriver {

    private final FakeServer server;
    private final Client client;
    private final GenerateContentConfig config;
    private final List<Content> conversation = new ArrayList<>();
    private String pendingFunction;

    GeminiChatDriver(FakeServer server) {
        this.server = server;
        this.client = Client.builder()
                .apiKey("k")
                .httpOptions(HttpOptions.builder()
                        .baseUrl(server.baseUrl())
                        .retryOptions(HttpRetryOptions.builder()
                                .attempts(1)
                                .initialDelay(0.0)
                                .build())
                        .build())
                .build();
        this.config = GenerateContentConfig.builder()
                .systemInstruction(Content.fromParts(Part.fromText("You are a weather desk.")))
                .tools(Tool.builder()
                        .functionDeclarations(FunctionDeclaration.builder()
                                .name("get_weather")
                                .description("Weather in a city")
                                .parametersJsonSchema(WEATHER_SCHEMA)
                                .build())
                        .build())
                .build();
    }

    @Override
    public FakeServer server() {
        return server;
    }

    @Override
    public Answer say(String text) {
        conversation.add(Content.fromParts(Part.fromText(text)));
        return ask();
    }

    @Override
    public Answer returnToolResult(String output) {
        conversation.add(Content.fromParts(Part.fromFunctionResponse(pendingFunction, Map.of("result", output))));
        return ask();
    }

    @Override
    public Answer returnToolResultAndAsk(String output, String question) {
        conversation.add(Content.fromParts(Part.fromFunctionResponse(pendingFunction, Map.of("result", output))));
        conversation.add(Content.fromParts(Part.fromText(question)));
        return ask();
    }

    private Answer ask() {
        GenerateContentResponse response = client.models.generateContent("gemini-2.5-flash", conversation, config);
        conversation.add(response.candidates().orElseThrow().get(0).content().orElseThrow());
        List<FunctionCall> calls = response.functionCalls();
        if (calls != null && !calls.isEmpty()) {
            pendingFunction = calls.get(0).name().orElseThrow();
            return Answer.call(pendingFunction, calls.get(0).args().orElseThrow());
        }
        return Answer.text(response.text());
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
