package dev.mockapis.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.genai.Client;
import com.google.genai.errors.ClientException;
import com.google.genai.types.Content;
import com.google.genai.types.CountTokensResponse;
import com.google.genai.types.EmbedContentConfig;
import com.google.genai.types.EmbedContentResponse;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.Part;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Interaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GeminiEmbeddingsAndTokensTests {

    private static final String EMBEDDING_MODEL = "gemini-embedding-001";

    private final FakeServer server = FakeServer.start(new GeminiFake(Clock.systemUTC()));
    private final Client client = GeminiClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void embedsTextsDeterministicallyAtTheModelsFullSize() {
        EmbedContentResponse first =
                client.models.embedContent(EMBEDDING_MODEL, List.of("What is the meaning of life?", "Hi"), null);
        EmbedContentResponse again = client.models.embedContent(EMBEDDING_MODEL, "What is the meaning of life?", null);

        List<Float> vector = values(first, 0);
        assertThat(vector).hasSize(3072);
        assertThat(norm(vector)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(values(again, 0)).isEqualTo(vector);
        assertThat(values(first, 1)).isNotEqualTo(vector);
        assertThat(server.interactions().all())
                .extracting(Interaction::operationId)
                .containsOnly("models.batch_embed_contents");
    }

    @Test
    void outputDimensionalityTruncatesTheFullVector() {
        List<Float> full = values(client.models.embedContent(EMBEDDING_MODEL, "Paris in spring", null), 0);

        List<Float> small = values(
                client.models.embedContent(
                        EMBEDDING_MODEL,
                        "Paris in spring",
                        EmbedContentConfig.builder()
                                .outputDimensionality(768)
                                .taskType("SEMANTIC_SIMILARITY")
                                .build()),
                0);

        assertThat(small).hasSize(768).isEqualTo(full.subList(0, 768));
    }

    @Test
    void aQueryIsCloserToADocumentThatSharesItsWords() {
        List<Float> query = values(
                client.models.embedContent(
                        EMBEDDING_MODEL,
                        "weather in Paris",
                        EmbedContentConfig.builder().taskType("RETRIEVAL_QUERY").build()),
                0);
        EmbedContentResponse documents = client.models.embedContent(
                EMBEDDING_MODEL,
                List.of("The weather in Paris is mild in May.", "Bananas are rich in potassium."),
                EmbedContentConfig.builder().taskType("RETRIEVAL_DOCUMENT").build());

        assertThat(dot(query, values(documents, 0))).isGreaterThan(dot(query, values(documents, 1)));
    }

    @Test
    void theSingleEmbedContentMethodAnswersWithOneEmbedding() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        server.baseUrl() + "/v1beta/models/" + EMBEDDING_MODEL + ":embedContent"))
                                .header("x-goog-api-key", "k")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"content\":{\"parts\":[{\"text\":\"Hello\"}]},\"outputDimensionality\":8}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(dev.mockapis.core.internal.JsonSupport.mapper()
                        .readTree(response.body())
                        .path("embedding")
                        .path("values")
                        .size())
                .isEqualTo(8);
    }

    @Test
    void refusesAnUnknownTaskTypeAChatModelAndTooManyDimensions() {
        assertThatThrownBy(() -> client.models.embedContent(
                        EMBEDDING_MODEL,
                        "x",
                        EmbedContentConfig.builder().taskType("GUESSING").build()))
                .isInstanceOf(ClientException.class)
                .hasMessageContaining("400")
                .hasMessageContaining("task_type");
        assertThatThrownBy(() -> client.models.embedContent(GeminiClients.MODEL, "x", null))
                .isInstanceOf(ClientException.class)
                .hasMessageContaining("404")
                .hasMessageContaining("not supported for embedContent");
        assertThatThrownBy(() -> client.models.embedContent(
                        EMBEDDING_MODEL,
                        "x",
                        EmbedContentConfig.builder().outputDimensionality(4096).build()))
                .isInstanceOf(ClientException.class)
                .hasMessageContaining("output_dimensionality");
    }

    @Test
    void countTokensMatchesThePromptTokensGenerateContentReports() {
        List<Content> contents =
                List.of(Content.fromParts(Part.fromText("Tell me about the weather in Lisbon in October, please.")));

        CountTokensResponse counted = client.models.countTokens(GeminiClients.MODEL, contents, null);
        GenerateContentResponse answered = client.models.generateContent(
                GeminiClients.MODEL, contents, GenerateContentConfig.builder().build());

        assertThat(counted.totalTokens()).isPresent();
        assertThat(counted.totalTokens())
                .isEqualTo(answered.usageMetadata().orElseThrow().promptTokenCount());
        assertThat(server.interactions().all())
                .extracting(Interaction::operationId)
                .containsExactly("models.count_tokens", "models.generate_content");
    }

    private static List<Float> values(EmbedContentResponse response, int index) {
        return response.embeddings().orElseThrow().get(index).values().orElseThrow();
    }

    private static double dot(List<Float> a, List<Float> b) {
        double sum = 0;
        for (int i = 0; i < a.size(); i++) {
            sum += a.get(i) * b.get(i);
        }
        return sum;
    }

    private static double norm(List<Float> vector) {
        return Math.sqrt(dot(vector, vector));
    }
}
