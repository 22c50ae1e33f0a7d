package dev.mockapis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.core.conversation.ConversationScenarios;
import dev.mockapis.openai.OpenAiScenarios;
import dev.mockapis.sample.agents.runtime.RuntimeKind;
import dev.mockapis.sample.agents.runtime.RuntimeSelector;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * LLM providers: the agents on OpenAI through the official SDK, on the Responses API and on the legacy
 * Assistants API, the reviewer on Anthropic's Messages API, each with the provider's own errors. (The
 * assistant uses neither Gemini nor DeepSeek, which MockApis fakes too.)
 */
@AssistantTest
class LlmProviderTests {

    private static final String CUSTOMER = "ana@example.com";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    MockInteractionVerifier verifier;

    @Autowired
    MockApiServers servers;

    @Autowired
    RuntimeSelector runtimes;

    @Test
    void aChatMessageIsAnsweredByOpenAiThroughTheResponsesApi() throws Exception {
        servers.server("openai")
                .useScenario(OpenAiScenarios.builder("opening_hours")
                        .replies("We open at 9:00.")
                        .build());

        chat("When do you open?")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agent").value("triage"))
                .andExpect(jsonPath("$.text").value("We open at 9:00."))
                .andExpect(jsonPath("$.degraded").value(false));

        verifier.assertThat("openai")
                .called("responses.create")
                .once()
                .withJsonPath("model", "gpt-4o-mini")
                .withJsonPath("input", "When do you open?")
                .withJsonPath("tools[0].name", "transfer_to_agent")
                .withJsonPath("tools[1].name", "hand_off_to_human")
                .withJsonPathPresent("conversation")
                .withHeader("Authorization", "Bearer <redacted>");
    }

    @Test
    void theSameAgentsRunOnTheLegacyAssistantsApi() throws Exception {
        runtimes.use(RuntimeKind.ASSISTANTS);

        chat("When do you open?")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("You said: \"When do you open?\""));

        verifier.assertThat("openai")
                .called("assistants.create")
                .once()
                .withJsonPath("name", "triage")
                .withJsonPath("tools[0].function.name", "transfer_to_agent")
                .withHeader("OpenAI-Beta", "assistants=v2");
        verifier.assertThat("openai")
                .calledInOrder(
                        "threads.create",
                        "threads.messages.create",
                        "assistants.create",
                        "threads.runs.create",
                        "threads.runs.retrieve",
                        "threads.messages.list");
    }

    @Test
    void anAssistantIsCreatedOncePerAgentAndReused() throws Exception {
        runtimes.use(RuntimeKind.ASSISTANTS);

        chat("Hello");
        chat("Hello again");

        verifier.assertThat("openai").called("assistants.create").once();
        verifier.assertThat("openai").called("threads.create").once();
        verifier.assertThat("openai").called("threads.runs.create").times(2);
    }

    @Test
    void staffCanSwitchTheRuntimeWhileTheApplicationRuns() throws Exception {
        mockMvc.perform(put("/admin/runtime")
                        .header("Authorization", StaffToken.BEARER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"runtime\":\"ASSISTANTS\"}"))
                .andExpect(jsonPath("$.runtime").value("assistants"));

        chat("Hello");

        verifier.assertThat("openai").called("threads.runs.create").once();
        verifier.assertThat("openai").neverCalled("responses.create");
    }

    @Test
    @MockApis(openai = "api_errors")
    void openAisRateLimitAuthenticationAndRequestErrorsAreBadGatewaysInTurn() throws Exception {
        chat("Hello")
                .andExpect(status().isBadGateway())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("429")));
        chat("Hello")
                .andExpect(status().isBadGateway())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("401")));
        chat("Hello")
                .andExpect(status().isBadGateway())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("400")));
        chat("Hello")
                .andExpect(status().isBadGateway())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("429")));

        assertThat(verifier.assertThat("openai")
                        .called("responses.create")
                        .times(4)
                        .calls())
                .extracting(call -> call.status())
                .containsExactly(429, 401, 400, 429);
    }

    @Test
    @MockApis(openai = "unauthorized")
    void aWrongApiKeyIsReportedWithOpenAisMessage() throws Exception {
        chat("Hello")
                .andExpect(status().isBadGateway())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Incorrect API key")));
    }

    @Test
    void theReviewerRunsOnAnthropicsMessagesApiThroughTheOfficialSdk() throws Exception {
        servers.server("anthropic")
                .useScenario(ConversationScenarios.builder("review")
                        .replies("Clear and friendly.")
                        .build());

        mockMvc.perform(
                        post("/api/collaborations")
                                .header("Authorization", StaffToken.BEARER)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"task\":\"Review: We deliver on Sundays.\",\"workflow\":\"sequential\",\"agents\":[\"writer\",\"reviewer\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("Clear and friendly."));

        verifier.assertThat("anthropic")
                .called("messages.create")
                .once()
                .withJsonPath("model", "claude-sonnet-4-5")
                .withJsonPath("max_tokens", "1024")
                .withJsonPathPresent("system");
        verifier.assertThat("openai").called("responses.create").once().withJsonPath("store", "false");
    }

    @Test
    @MockApis(anthropic = "overloaded")
    void anthropicBeingOverloadedIsABadGatewayAndLeavesTheOpenAiAgentsAlone() throws Exception {
        mockMvc.perform(
                        post("/api/collaborations")
                                .header("Authorization", StaffToken.BEARER)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"task\":\"Review our opening hours\",\"workflow\":\"parallel\",\"agents\":[\"writer\",\"reviewer\"]}"))
                .andExpect(status().isBadGateway())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("529")));

        chat("Hello")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.degraded").value(false));
    }

    private ResultActions chat(String message) throws Exception {
        return mockMvc.perform(post("/api/chat")
                .header("Authorization", StaffToken.BEARER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"customer\":\"" + CUSTOMER + "\",\"message\":\"" + message + "\"}"));
    }
}
