package dev.mockapis.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.genai.Client;
import com.google.genai.ResponseStream;
import com.google.genai.types.Content;
import com.google.genai.types.FinishReason;
import com.google.genai.types.FunctionCall;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.Part;
import com.google.genai.types.ThinkingConfig;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.conversation.Reply;
import dev.mockapis.core.internal.JsonSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GeminiGenerateContentTests {

    private final FakeServer server = FakeServer.start(new GeminiFake(Clock.systemUTC()));
    private final Client client = GeminiClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void answersWithACandidateUsageAndTheModelVersion() {
        GenerateContentResponse response = client.models.generateContent(
                GeminiClients.MODEL,
                "Hello Gemini",
                GenerateContentConfig.builder()
                        .systemInstruction(Content.fromParts(Part.fromText("Be brief.")))
                        .build());

        assertThat(response.text()).isEqualTo("You said: \"Hello Gemini\"");
        assertThat(response.finishReason().knownEnum()).isEqualTo(FinishReason.Known.STOP);
        assertThat(response.modelVersion()).contains(GeminiClients.MODEL);
        assertThat(response.responseId())
                .hasValueSatisfying(id -> assertThat(id).hasSize(23));
        assertThat(response.usageMetadata().orElseThrow().promptTokenCount())
                .hasValueSatisfying(tokens -> assertThat(tokens).isPositive());
        assertThat(response.usageMetadata().orElseThrow().totalTokenCount())
                .hasValueSatisfying(tokens -> assertThat(tokens).isPositive());
        assertThat(server.interactions().all()).singleElement().satisfies(call -> {
            assertThat(call.operationId()).isEqualTo("models.generate_content");
            assertThat(call.path()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
        });
    }

    @Test
    void theToolUsageScenarioCallsTheDeclaredFunctionThenAnswersWithItsResponse() {
        server.useScenario("tool_usage");
        GenerateContentConfig config = GenerateContentConfig.builder()
                .tools(GeminiClients.weatherTool())
                .build();
        List<Content> contents =
                new ArrayList<>(List.of(Content.fromParts(Part.fromText("What's the weather in Paris?"))));

        GenerateContentResponse first = client.models.generateContent(GeminiClients.MODEL, contents, config);

        FunctionCall call = first.functionCalls().get(0);
        assertThat(call.name()).contains("get_weather");
        assertThat(call.args().orElseThrow()).containsKey("city").containsEntry("unit", "celsius");

        contents.add(first.candidates().orElseThrow().get(0).content().orElseThrow());
        contents.add(Content.fromParts(Part.fromFunctionResponse("get_weather", Map.of("result", "18°C and sunny"))));
        GenerateContentResponse second = client.models.generateContent(GeminiClients.MODEL, contents, config);

        assertThat(second.text()).isEqualTo("Here is what I found: get_weather returned 18°C and sunny");
    }

    @Test
    void aStreamedAnswerArrivesInChunksThatAddUpToTheText() {
        List<GenerateContentResponse> chunks = new ArrayList<>();
        try (ResponseStream<GenerateContentResponse> stream = client.models.generateContentStream(
                GeminiClients.MODEL,
                "Tell me a story",
                GenerateContentConfig.builder().build())) {
            stream.forEach(chunks::add);
        }

        assertThat(chunks).hasSizeGreaterThan(1);
        assertThat(chunks.stream().map(GenerateContentResponse::text).reduce("", String::concat))
                .isEqualTo("You said: \"Tell me a story\"");
        assertThat(chunks.get(chunks.size() - 1).finishReason().knownEnum()).isEqualTo(FinishReason.Known.STOP);
        assertThat(server.interactions().all()).singleElement().satisfies(call -> {
            assertThat(call.operationId()).isEqualTo("models.stream_generate_content");
            assertThat(call.query()).containsEntry("alt", List.of("sse"));
        });
    }

    @Test
    void aStreamedFunctionCallComesWhole() {
        server.useScenario(Scenario.builder("weather")
                .rule(Rule.on("models.stream_generate_content")
                        .proceedWith(Reply.toolCall("get_weather", "{\"city\":\"Paris\"}"))
                        .build())
                .build());

        List<GenerateContentResponse> chunks = new ArrayList<>();
        try (ResponseStream<GenerateContentResponse> stream = client.models.generateContentStream(
                GeminiClients.MODEL,
                "Weather?",
                GenerateContentConfig.builder()
                        .tools(GeminiClients.weatherTool())
                        .build())) {
            stream.forEach(chunks::add);
        }

        assertThat(chunks)
                .singleElement()
                .satisfies(chunk -> assertThat(chunk.functionCalls())
                        .singleElement()
                        .satisfies(call -> assertThat(call.args()).contains(Map.of("city", "Paris"))));
    }

    @Test
    void maxOutputTokensCutsTheAnswerShort() {
        GenerateContentResponse response = client.models.generateContent(
                GeminiClients.MODEL,
                "Please repeat this long sentence",
                GenerateContentConfig.builder().maxOutputTokens(3).build());

        assertThat(response.finishReason().knownEnum()).isEqualTo(FinishReason.Known.MAX_TOKENS);
        assertThat(response.text()).isEqualTo("You said: \"P");
    }

    @Test
    void structuredOutputFitsTheResponseSchema() throws Exception {
        GenerateContentResponse response = client.models.generateContent(
                GeminiClients.MODEL,
                "Recipe please",
                GenerateContentConfig.builder()
                        .responseMimeType("application/json")
                        .responseJsonSchema(Map.of(
                                "type",
                                "object",
                                "properties",
                                Map.of("name", Map.of("type", "string"), "minutes", Map.of("type", "integer"))))
                        .build());

        assertThat(JsonSupport.mapper().readTree(response.text()))
                .isEqualTo(
                        JsonSupport.mapper().readTree("{\"name\":\"You said: \\\"Recipe please\\\"\",\"minutes\":1}"));
    }

    @Test
    void includedThoughtsComeAsAThoughtPartBeforeTheAnswer() {
        GenerateContentResponse response = client.models.generateContent(
                GeminiClients.MODEL,
                "Is 9.11 greater than 9.8?",
                GenerateContentConfig.builder()
                        .thinkingConfig(
                                ThinkingConfig.builder().includeThoughts(true).build())
                        .build());

        List<Part> parts = response.parts();
        assertThat(parts.get(0).thought()).contains(true);
        assertThat(parts.get(0).text())
                .contains("The user asks: \"Is 9.11 greater than 9.8?\". I will answer directly.");
        assertThat(response.text()).isEqualTo("You said: \"Is 9.11 greater than 9.8?\"");
        assertThat(response.usageMetadata().orElseThrow().thoughtsTokenCount())
                .hasValueSatisfying(tokens -> assertThat(tokens).isPositive());
    }

    @Test
    void theApiKeyIsRedactedInTheLog() {
        client.models.generateContent(GeminiClients.MODEL, "Hi", null);

        assertThat(server.interactions().all().get(0).headers().first("x-goog-api-key"))
                .hasValue("<redacted>");
    }

    @Test
    void theApiKeyMayComeAsAQueryParameterWhichIsRedactedToo() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl()
                                        + "/v1beta/models/gemini-2.5-flash:generateContent?key=secret"))
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"contents\":[{\"parts\":[{\"text\":\"Hi\"}]}]}"))
                                .header("Content-Type", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(server.interactions().all().get(0).query()).containsEntry("key", List.of("<redacted>"));
    }

    @Test
    void aRepeatedFieldSentAsOneValueIsReadAsAListOfOneAsGooglesParserReadsIt() throws Exception {
        server.useScenario("tool_usage");
        String body = """
                {"contents": {"role": "user", "parts": {"text": "What's the weather in Paris?"}},
                 "tools": {"functionDeclarations": {"name": "get_weather",
                   "parameters": {"type": "OBJECT", "properties": {"city": {"type": "STRING"}}}}}}
                """;

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        server.baseUrl() + "/v1beta/models/gemini-2.5-flash:generateContent"))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .header("Content-Type", "application/json")
                                .header("x-goog-api-key", "k")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonSupport.mapper()
                        .readTree(response.body())
                        .at("/candidates/0/content/parts/0/functionCall/name")
                        .asText())
                .isEqualTo("get_weather");
    }

    @Test
    void withoutAltSseTheStreamIsOneJsonArray() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        server.baseUrl() + "/v1beta/models/gemini-2.5-flash:streamGenerateContent"))
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Hi there\"}]}]}"))
                                .header("Content-Type", "application/json")
                                .header("x-goog-api-key", "k")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(JsonSupport.mapper().readTree(response.body()).isArray()).isTrue();
        assertThat(JsonSupport.mapper().readTree(response.body()).findValuesAsText("text"))
                .containsExactly("You", " said:", " \"Hi", " there\"");
    }
}
