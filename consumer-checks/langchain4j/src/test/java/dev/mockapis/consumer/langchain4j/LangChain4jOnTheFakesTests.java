package dev.mockapis.consumer.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A LangChain4j application's own models and AI services, unchanged, against the OpenAI, Anthropic and
 * Gemini fakes: no key in the environment, no base URL in the test but the mapping of the models the
 * application builds itself.
 */
@SpringBootTest
@MockApis
class LangChain4jOnTheFakesTests {

    @Autowired
    Assistant assistant;

    @Autowired
    StreamingAssistant streamingAssistant;

    @Autowired
    Concierge concierge;

    @Autowired
    Translator translator;

    @Autowired
    OrderTools orderTools;

    @Autowired
    EmbeddingModel embeddings;

    @Autowired
    @Qualifier("anthropicStreamingChatModel")
    StreamingChatModel claudeStreaming;

    @Autowired
    @Qualifier("geminiStreamingChatModel")
    StreamingChatModel geminiStreaming;

    @Autowired
    MockInteractionVerifier verifier;

    @AfterEach
    void forgetLookups() {
        orderTools.clear();
    }

    @Test
    @MockApis(openai = "tool_usage")
    void anAiServiceOnTheStartersOpenAiModelCallsItsTool() {
        String answer = assistant.chat("Is order 42 ready?");

        assertThat(orderTools.lookedUp()).hasSize(1);
        assertThat(answer).contains("ready for pick-up");
        verifier.assertThat("openai")
                .called("chat.completions.create")
                .times(2)
                .withJsonPath("$.tools[*].function.name", "orderStatus")
                .withJsonPath("$.messages[-1].role", "tool");
    }

    @Test
    void structuredOutputComesBackAsTheServicesRecord() {
        Assistant.OrderRequest order = assistant.readOrder("Two croissants for Saturday, please");

        assertThat(order).isNotNull();
        assertThat(order.pastry()).isNotNull();
        assertThat(order.pickUpDay()).isNotNull();
        verifier.assertThat("openai")
                .called("chat.completions.create")
                .once()
                .withJsonPath("$.response_format.type", "json_schema");
    }

    @Test
    @MockApis(anthropic = "tool_usage")
    void claudesServiceCallsTheToolGeminisAnswersAndEmbeddingsComeFromTheOpenAiFake() {
        assertThat(concierge.chat("Is order 7 ready?")).contains("ready for pick-up");
        assertThat(translator.chat("Ma commande 8 est-elle prête ?")).contains("Ma commande 8");
        assertThat(embeddings.embed("croissant").content().dimension()).isEqualTo(1536);

        assertThat(orderTools.lookedUp()).hasSize(1);
        verifier.assertThat("anthropic")
                .called("messages.create")
                .times(2)
                .withJsonPath("$.tools[*].name", "orderStatus")
                .withJsonPath("$.messages[-1].content[0].type", "tool_result");
        verifier.assertThat("gemini").called("models.generate_content").once();
        verifier.expectCalls("openai", "embeddings.create");
    }

    @Test
    @MockApis(gemini = "tool_usage")
    void geminisServiceCallsTheToolItIsOfferedAsASingleToolsObject() {
        assertThat(translator.chat("Ma commande 8 est-elle prête ?")).contains("ready for pick-up");

        assertThat(orderTools.lookedUp()).hasSize(1);
        verifier.assertThat("gemini")
                .called("models.generate_content")
                .times(2)
                .withJsonPath("$.tools.functionDeclarations[0].name", "orderStatus")
                .withJsonPath("$.contents[-1].parts[0].functionResponse.name", "orderStatus");
    }

    @Test
    void everyStreamingModelStreamsFromItsFake() throws Exception {
        CompletableFuture<ChatResponse> openAi = new CompletableFuture<>();
        streamingAssistant
                .chat("Do you have croissants today?")
                .onPartialResponse(token -> {})
                .onCompleteResponse(openAi::complete)
                .onError(openAi::completeExceptionally)
                .start();

        assertThat(openAi.get(10, TimeUnit.SECONDS).aiMessage().text()).contains("croissants");
        assertThat(stream(claudeStreaming, "Do you bake on Sundays?")).contains("Sundays");
        assertThat(stream(geminiStreaming, "Do you sell bread?")).contains("bread");
        verifier.assertThat("openai").called("chat.completions.create").withJsonPath("stream", "true");
        verifier.assertThat("anthropic").called("messages.create").withJsonPath("stream", "true");
        verifier.expectCalls("gemini", "models.stream_generate_content");
    }

    private static String stream(StreamingChatModel model, String question) throws Exception {
        CompletableFuture<ChatResponse> response = new CompletableFuture<>();
        StringBuilder tokens = new StringBuilder();
        model.chat(question, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String token) {
                tokens.append(token);
            }

            @Override
            public void onCompleteResponse(ChatResponse complete) {
                response.complete(complete);
            }

            @Override
            public void onError(Throwable error) {
                response.completeExceptionally(error);
            }
        });
        assertThat(response.get(10, TimeUnit.SECONDS).aiMessage().text()).isEqualTo(tokens.toString());
        return tokens.toString();
    }
}
