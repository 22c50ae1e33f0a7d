package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.models.ChatModel;
import com.openai.models.ResponseFormatJsonObject;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.internal.JsonSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JSON asked for in the prompt, the way Spring AI's BeanOutputConverter asks for it, or by {@code json_object}, is given. */
class PromptSchemaTests {

    /** The instruction Spring AI appends to the user message, with the schema its generator writes for a record. */
    static final String SPRING_AI_PROMPT = """
            Name a city and its population.
            Your response should be in JSON format.
            Do not include any explanations, only provide a RFC8259 compliant JSON response following this format without deviation.
            Do not include markdown code blocks in your response.
            Remove the ```json markdown from the output.
            Here is the JSON Schema instance your output must adhere to:
            ```{
              "$schema" : "https://json-schema.org/draft/2020-12/schema",
              "type" : "object",
              "properties" : {
                "name" : { "type" : "string" },
                "population" : { "type" : "integer" },
                "districts" : { "type" : "array", "items" : { "type" : "string" } }
              },
              "additionalProperties" : false
            }```
            """;

    private static FakeServer openai;
    private static OpenAIClient client;

    @BeforeAll
    static void start() {
        openai = OpenAiFakeSupport.start();
        client = OpenAiFakeSupport.client(openai);
    }

    @AfterAll
    static void stop() {
        openai.close();
    }

    @Test
    void aSchemaInTheUserMessageGetsJsonValidForIt() throws Exception {
        ChatCompletion completion = client.chat()
                .completions()
                .create(ChatCompletionCreateParams.builder()
                        .model(ChatModel.GPT_4O)
                        .addUserMessage(SPRING_AI_PROMPT)
                        .build());

        JsonNode answer = JsonSupport.mapper()
                .readTree(completion.choices().get(0).message().content().orElseThrow());
        assertThat(answer.path("name").isTextual()).isTrue();
        assertThat(answer.path("population").isIntegralNumber()).isTrue();
        assertThat(answer.path("districts").isArray()).isTrue();
        assertThat(answer.size()).isEqualTo(3);
    }

    @Test
    void jsonObjectModeGetsAJsonObject() throws Exception {
        ChatCompletion completion = client.chat()
                .completions()
                .create(ChatCompletionCreateParams.builder()
                        .model(ChatModel.GPT_4O)
                        .addUserMessage("Answer in JSON: which city?")
                        .responseFormat(ResponseFormatJsonObject.builder().build())
                        .build());

        assertThat(JsonSupport.mapper()
                        .readTree(
                                completion.choices().get(0).message().content().orElseThrow())
                        .isObject())
                .isTrue();
    }
}
