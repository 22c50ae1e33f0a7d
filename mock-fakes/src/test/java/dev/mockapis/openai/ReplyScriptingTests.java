package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.errors.InternalServerException;
import com.openai.models.ChatModel;
import com.openai.models.beta.assistants.Assistant;
import com.openai.models.beta.assistants.AssistantCreateParams;
import com.openai.models.beta.threads.Thread;
import com.openai.models.beta.threads.messages.MessageCreateParams;
import com.openai.models.beta.threads.runs.Run;
import com.openai.models.beta.threads.runs.RunCreateParams;
import com.openai.models.beta.threads.runs.RunRetrieveParams;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageToolCall;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.StructuredResponse;
import com.openai.models.responses.StructuredResponseCreateParams;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.conversation.Reply;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SuppressWarnings("deprecation")
class ReplyScriptingTests {

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

    @AfterEach
    void reset() {
        openai.reset();
    }

    @Test
    void oneSequenceOfRepliesServesEveryApiInTurn() {
        openai.useScenario(OpenAiScenarios.builder("fixture")
                .replies("Hi!", "Here's our pricing...", "You're welcome!")
                .build());

        String first = chat("Hello").choices().get(0).message().content().orElseThrow();
        String second = ResponsesTests.text(client.responses()
                .create(ResponseCreateParams.builder()
                        .model(ChatModel.GPT_4O)
                        .input("Tell me about pricing")
                        .build()));
        String third = assistantReply("support", "Thanks");

        assertThat(List.of(first, second, third)).containsExactly("Hi!", "Here's our pricing...", "You're welcome!");
    }

    @Test
    void plainCoreRulesScriptOneOperationStepByStep() {
        openai.useScenario(Scenario.builder("steps")
                .rule(Rule.on("chat.completions.create")
                        .proceedWith(Reply.text("first"))
                        .proceedWith(Reply.text("second"))
                        .build())
                .build());

        assertThat(List.of(content(chat("a")), content(chat("b")), content(chat("c"))))
                .containsExactly("first", "second", "second");
        assertThat(openai.interactions().all())
                .extracting(Interaction::source)
                .containsOnly(Interaction.Source.SCENARIO);
    }

    @Test
    void modelAndInstructionsMatchersTellAgentsApartWithoutAssistants() {
        openai.useScenario(OpenAiScenarios.builder("agents")
                .when(OpenAiMatchers.instructionsContain("triage"), "Sending you to billing.")
                .when(OpenAiMatchers.model("gpt-4o-mini"), "Billing here.")
                .build());

        ChatCompletion triage = client.chat()
                .completions()
                .create(ChatCompletionCreateParams.builder()
                        .model(ChatModel.GPT_4O)
                        .addSystemMessage("You are the TRIAGE agent.")
                        .addUserMessage("Invoice?")
                        .build());
        Response billing = client.responses()
                .create(ResponseCreateParams.builder()
                        .model(ChatModel.GPT_4O_MINI)
                        .instructions("You handle invoices.")
                        .input("Invoice?")
                        .build());

        assertThat(content(triage)).isEqualTo("Sending you to billing.");
        assertThat(ResponsesTests.text(billing)).isEqualTo("Billing here.");
    }

    @Test
    void userTextRulesSeeTheThreadOfAnAssistantsRun() {
        openai.useScenario(OpenAiScenarios.builder("keywords")
                .when(OpenAiMatchers.userTextContains("opening hours"), "We open at 9.")
                .build());

        assertThat(assistantReply("support", "What are your opening hours?")).isEqualTo("We open at 9.");
        assertThat(assistantReply("support", "Hello")).isEqualTo("You said: \"Hello\"");
    }

    @Test
    void severalToolsCanBeCalledAtOnceWithScriptedArguments() {
        openai.useScenario(OpenAiScenarios.builder("parallel")
                .replies(Reply.toolCalls(
                        new Reply.ToolCall("get_weather", "{\"city\":\"Oslo\",\"unit\":\"celsius\",\"days\":1}"),
                        new Reply.ToolCall("get_weather", null)))
                .build());

        ChatCompletion completion = client.chat()
                .completions()
                .create(ChatCompletionCreateParams.builder()
                        .model(ChatModel.GPT_4O)
                        .addUserMessage("Weather in Oslo and somewhere else?")
                        .addFunctionTool(ChatCompletionsTests.weatherTool())
                        .build());

        List<ChatCompletionMessageToolCall> calls =
                completion.choices().get(0).message().toolCalls().orElseThrow();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).asFunction().function().arguments())
                .isEqualTo("{\"city\":\"Oslo\",\"unit\":\"celsius\",\"days\":1}");
        ChatCompletionsTests.WeatherQuery generated =
                calls.get(1).asFunction().function().arguments(ChatCompletionsTests.WeatherQuery.class);
        assertThat(generated.unit).isEqualTo("celsius");
        assertThat(calls.get(0).asFunction().id())
                .isNotEqualTo(calls.get(1).asFunction().id());
    }

    @Test
    void structuredResponsesFitTheScriptedTextIntoTheSchema() {
        openai.useScenario(
                OpenAiScenarios.builder("structured").replies("Lisbon").build());

        StructuredResponse<ChatCompletionsTests.WeatherQuery> response = client.responses()
                .create(StructuredResponseCreateParams.<ChatCompletionsTests.WeatherQuery>builder()
                        .model(ChatModel.GPT_4O)
                        .input("Which city?")
                        .text(ChatCompletionsTests.WeatherQuery.class)
                        .build());

        ChatCompletionsTests.WeatherQuery answer = response.output()
                .get(0)
                .message()
                .orElseThrow()
                .content()
                .get(0)
                .asOutputText();
        assertThat(answer.city).isEqualTo("Lisbon");
    }

    @Test
    void aReplyScriptedForAnOperationWithoutAModelTurnIsReportedAsAFakeFailure() {
        openai.useScenario(Scenario.builder("misplaced")
                .rule(Rule.on("models.list").proceedWith(Reply.text("nonsense")).build())
                .build());

        assertThatThrownBy(() -> client.models().list())
                .isInstanceOf(InternalServerException.class)
                .hasMessageContaining("A Reply only steers model turns");
        assertThat(openai.interactions().all())
                .extracting(Interaction::source)
                .containsExactly(Interaction.Source.FAKE_FAILURE);
    }

    @Test
    void concurrentCallsAllSucceedWithDistinctIds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> ids = IntStream.range(0, 80)
                    .mapToObj(i -> pool.submit(() -> i % 2 == 0
                            ? chat("Hi " + i).id()
                            : client.responses()
                                    .create(ResponseCreateParams.builder()
                                            .model(ChatModel.GPT_4O)
                                            .input("Hi " + i)
                                            .build())
                                    .id()))
                    .toList();
            List<String> collected = new java.util.ArrayList<>();
            for (Future<String> id : ids) {
                collected.add(id.get());
            }
            assertThat(collected).hasSize(80).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }

    private static ChatCompletion chat(String text) {
        return client.chat()
                .completions()
                .create(ChatCompletionCreateParams.builder()
                        .model(ChatModel.GPT_4O)
                        .addUserMessage(text)
                        .build());
    }

    private static String content(ChatCompletion completion) {
        return completion.choices().get(0).message().content().orElseThrow();
    }

    private static String assistantReply(String assistantName, String userText) {
        Assistant assistant = client.beta()
                .assistants()
                .create(AssistantCreateParams.builder()
                        .model(ChatModel.GPT_4O)
                        .name(assistantName)
                        .build());
        Thread thread = client.beta().threads().create();
        client.beta()
                .threads()
                .messages()
                .create(MessageCreateParams.builder()
                        .threadId(thread.id())
                        .role(MessageCreateParams.Role.USER)
                        .content(userText)
                        .build());
        Run run = client.beta()
                .threads()
                .runs()
                .create(RunCreateParams.builder()
                        .threadId(thread.id())
                        .assistantId(assistant.id())
                        .build());
        for (int i = 0; i < 2; i++) {
            client.beta()
                    .threads()
                    .runs()
                    .retrieve(
                            run.id(),
                            RunRetrieveParams.builder().threadId(thread.id()).build());
        }
        return AssistantsTests.text(
                client.beta().threads().messages().list(thread.id()).data().get(0));
    }
}
