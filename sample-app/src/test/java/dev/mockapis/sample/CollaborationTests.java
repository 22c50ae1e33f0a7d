package dev.mockapis.sample;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.core.Fault;
import dev.mockapis.core.Rule;
import dev.mockapis.core.conversation.ConversationScenarios;
import dev.mockapis.core.conversation.Reply;
import dev.mockapis.openai.OpenAiMatchers;
import dev.mockapis.openai.OpenAiScenarios;
import dev.mockapis.sample.agents.AgentCatalog;
import java.time.Duration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Agent collaboration: a researcher then a writer in sequence, and several agents in parallel with their
 * work merged, one of them (the reviewer) on Anthropic's Claude.
 */
@AssistantTest
class CollaborationTests {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    MockInteractionVerifier verifier;

    @Autowired
    MockApiServers servers;

    @Autowired
    AgentCatalog agents;

    @Test
    void theWriterBuildsOnTheResearchersFactsInASequentialWorkflow() throws Exception {
        servers.server("openai")
                .useScenario(OpenAiScenarios.builder("newsletter")
                        .when(
                                OpenAiMatchers.instructionsContain("You are a researcher"),
                                "- Peonies bloom in May\n- They last a week in a vase")
                        .when(
                                OpenAiMatchers.instructionsContain("copywriter"),
                                "Peonies are here! Enjoy them all week.")
                        .build());

        collaborate("Write a newsletter blurb about peonies", "sequential", "researcher", "writer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("completed"))
                .andExpect(jsonPath("$.workflow").value("sequential"))
                .andExpect(jsonPath("$.agents").value(Matchers.contains("researcher", "writer")))
                .andExpect(jsonPath("$.contributions[0].output")
                        .value("- Peonies bloom in May\n- They last a week in a vase"))
                .andExpect(jsonPath("$.result").value("Peonies are here! Enjoy them all week."));

        verifier.assertThat("openai").calledInOrder("responses.create", "responses.create");
        verifier.assertThat("openai")
                .called("responses.create")
                .withBodyContaining("copywriter")
                .withBodyContaining("Work so far, from researcher:\\n- Peonies bloom in May")
                .once();
    }

    @Test
    void agentsWorkingInParallelHaveTheirOutputsMergedInTheOrderTheyWereNamed() throws Exception {
        servers.server("openai")
                .useScenario(OpenAiScenarios.builder("draft_in_parallel")
                        .turnOperations("responses.create")
                        .rule(Rule.on("responses.create")
                                .when(OpenAiMatchers.instructionsContain("You are a researcher"))
                                .proceedWith(Reply.text("Facts."), Fault.delay(Duration.ofMillis(150)))
                                .build())
                        .when(OpenAiMatchers.instructionsContain("copywriter"), "Draft.")
                        .build());
        servers.server("anthropic")
                .useScenario(ConversationScenarios.builder("claude_reviews")
                        .replies("Looks friendly.")
                        .build());

        collaborate("Check our Mother's Day page", "parallel", "researcher", "reviewer", "writer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workflow").value("parallel"))
                .andExpect(jsonPath("$.contributions[*].agent")
                        .value(Matchers.contains("researcher", "reviewer", "writer")))
                .andExpect(jsonPath("$.result")
                        .value("## researcher\nFacts.\n\n## reviewer\nLooks friendly.\n\n## writer\nDraft."));

        verifier.assertThat("openai")
                .called("responses.create")
                .times(2)
                .withBodyContaining("Task: Check our Mother's Day page");
        // the reviewer is Claude: the same task went to Anthropic's Messages API, with the reviewer's instructions as
        // the system prompt
        verifier.assertThat("anthropic")
                .called("messages.create")
                .once()
                .withJsonPath("system", agents.require("reviewer").instructions())
                .withJsonPath("messages[0].content", "Task: Check our Mother's Day page");
        verifier.assertAllScriptedResponsesUsed();
    }

    @Test
    void anUnknownAgentOrASingleAgentIsABadRequest() throws Exception {
        collaborate("Anything", "parallel", "researcher", "astrologer")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("No agent named 'astrologer'")));
        collaborate("Anything", "sequential", "writer").andExpect(status().isBadRequest());

        verifier.assertThat("openai").neverCalled("responses.create");
    }

    @Test
    @MockApis(openai = "server_error")
    void anAgentThatFailsFailsTheCollaborationWithABadGateway() throws Exception {
        collaborate("Write a blurb", "parallel", "researcher", "writer")
                .andExpect(status().isBadGateway())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("An agent failed")));
    }

    private ResultActions collaborate(String task, String workflow, String... agents) throws Exception {
        String names = String.join("\",\"", agents);
        return mockMvc.perform(post("/api/collaborations")
                .header("Authorization", StaffToken.BEARER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"task\":\"" + task + "\",\"workflow\":\"" + workflow + "\",\"agents\":[\"" + names
                        + "\"]}"));
    }
}
