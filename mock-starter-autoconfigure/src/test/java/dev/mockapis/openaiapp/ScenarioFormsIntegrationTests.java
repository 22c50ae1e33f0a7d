package dev.mockapis.openaiapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.models.ChatModel;
import com.openai.models.beta.assistants.Assistant;
import com.openai.models.beta.assistants.AssistantCreateParams;
import com.openai.models.beta.threads.runs.Run;
import com.openai.models.beta.threads.runs.RunCreateParams;
import com.openai.models.beta.threads.runs.RunRetrieveParams;
import com.openai.models.beta.threads.runs.RunStatus;
import dev.mockapis.ApiScenario;
import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioActivation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The seed's two scenario examples, a custom assistant id on {@code assistants.create} and a run polled
 * through {@code queued}, {@code in_progress} and {@code completed}, in each of the four ways a scenario
 * is written: built into the fake, as a bean, in a file, and inside the test.
 */
@SpringBootTest(classes = {OpenAiTestApplication.class, ScenarioFormsIntegrationTests.Scenarios.class})
@MockApis
class ScenarioFormsIntegrationTests {

    private static final List<RunStatus> QUEUED_IN_PROGRESS_COMPLETED =
            List.of(RunStatus.QUEUED, RunStatus.IN_PROGRESS, RunStatus.COMPLETED);

    @Autowired
    OpenAIClient openAi;

    @Autowired
    MockApiServers servers;

    @Nested
    class BuiltIn {

        @Test
        void theFakeGivesEachAssistantAnIdOfItsOwn() {
            Assistant assistant = createAssistant("Custom");

            assertThat(assistant.id()).matches("asst_[A-Za-z0-9]{24}");
            assertThat(assistant.name()).hasValue("Custom");
        }

        @Test
        void aRunIsQueuedWhenCreatedThenInProgressThenCompletedAsItIsPolled() {
            Run run = startRun();

            assertThat(run.status()).isEqualTo(RunStatus.QUEUED);
            assertThat(pollUntilCompleted(run)).containsExactly(RunStatus.IN_PROGRESS, RunStatus.COMPLETED);
        }
    }

    @Nested
    class AsBeans {

        @Test
        @MockApis(openai = "fixed_assistant")
        void assistantCreationReturnsTheFixedId() {
            assertThat(createAssistant("Custom").id()).isEqualTo("asst_custom");
        }

        @Test
        @MockApis(openai = "slow_run")
        void pollingShowsTheRunQueuedThenInProgressThenCompleted() {
            assertThat(pollUntilCompleted(startRun())).isEqualTo(QUEUED_IN_PROGRESS_COMPLETED);
        }
    }

    @Nested
    class InFiles {

        @Test
        @MockApis(openai = "custom_assistant")
        void assistantCreationReturnsTheFixedId() {
            assertThat(createAssistant("Custom").id()).isEqualTo("asst_custom");
        }

        @Test
        @MockApis(openai = "polled_run")
        void pollingShowsTheRunQueuedThenInProgressThenCompleted() {
            assertThat(pollUntilCompleted(startRun())).isEqualTo(QUEUED_IN_PROGRESS_COMPLETED);
        }
    }

    @Nested
    class InsideTheTest {

        @Test
        void assistantCreationReturnsTheFixedId() {
            try (ScenarioActivation custom = servers.activate("openai", fixedAssistant("my_scenario"))) {
                assertThat(createAssistant("Custom").id()).isEqualTo("asst_custom");
            }

            assertThat(createAssistant("Custom").id()).startsWith("asst_").isNotEqualTo("asst_custom");
        }

        @Test
        void pollingShowsTheRunQueuedThenInProgressThenCompleted() {
            Run run = startRun();

            try (ScenarioActivation complexFlow = servers.activate("openai", slowRun("complex_flow"))) {
                assertThat(pollUntilCompleted(run)).isEqualTo(QUEUED_IN_PROGRESS_COMPLETED);
            }
        }
    }

    static Scenario fixedAssistant(String name) {
        return Scenario.builder(name)
                .description("Creating an assistant returns asst_custom, named Custom")
                .on("assistants.create", rule -> rule.respond(FakeResponse.json(200, """
                        {"id": "asst_custom", "object": "assistant", "created_at": 1767225600, "name": "Custom",
                         "description": null, "model": "gpt-4o", "instructions": null, "tools": [], "metadata": {}}""")))
                .build();
    }

    static Scenario slowRun(String name) {
        return Scenario.builder(name)
                .description("Polling a run shows it queued, then in progress, then completed")
                .on(
                        "threads.runs.retrieve",
                        rule -> rule.respond(run("queued"))
                                .respond(run("in_progress"))
                                .respond(run("completed")))
                .build();
    }

    private static FakeResponse run(String status) {
        return FakeResponse.json(
                200, "{\"id\": \"run_polled\", \"object\": \"thread.run\", \"status\": \"" + status + "\"}");
    }

    private Assistant createAssistant(String name) {
        return openAi.beta()
                .assistants()
                .create(AssistantCreateParams.builder()
                        .model(ChatModel.GPT_4O)
                        .name(name)
                        .build());
    }

    private Run startRun() {
        String assistant = createAssistant("Support").id();
        String thread = openAi.beta().threads().create().id();
        return openAi.beta()
                .threads()
                .runs()
                .create(RunCreateParams.builder()
                        .threadId(thread)
                        .assistantId(assistant)
                        .build());
    }

    private List<RunStatus> pollUntilCompleted(Run run) {
        // the scripted runs carry only the fields the example needs, so this client reads them without validating the
        // rest
        OpenAIClient lenient = openAi.withOptions(options -> options.responseValidation(false));
        List<RunStatus> statuses = new ArrayList<>();
        for (int poll = 0; poll < 5 && !statuses.contains(RunStatus.COMPLETED); poll++) {
            statuses.add(lenient.beta()
                    .threads()
                    .runs()
                    .retrieve(
                            run.id(),
                            RunRetrieveParams.builder().threadId(run.threadId()).build())
                    .status());
        }
        return statuses;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Scenarios {

        @Bean
        ApiScenario fixedAssistant() {
            return ApiScenario.of("openai", ScenarioFormsIntegrationTests.fixedAssistant("fixed_assistant"));
        }

        @Bean
        ApiScenario slowRun() {
            return ApiScenario.of("openai", ScenarioFormsIntegrationTests.slowRun("slow_run"));
        }
    }
}
