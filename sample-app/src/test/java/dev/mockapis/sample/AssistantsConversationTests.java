package dev.mockapis.sample;

import dev.mockapis.sample.agents.runtime.RuntimeKind;

/** The conversation tests on the legacy Assistants runtime: a thread per customer, polled runs, submitted tool outputs. */
class AssistantsConversationTests extends ConversationTests {

    @Override
    RuntimeKind runtime() {
        return RuntimeKind.ASSISTANTS;
    }

    @Override
    String turnOperation() {
        return "threads.runs.create";
    }

    @Override
    String toolOutputOperation() {
        return "threads.runs.submit_tool_outputs";
    }

    @Override
    void expectOneConversation(int turns) {
        verifier.assertThat("openai").called("assistants.create").once();
        verifier.assertThat("openai").called("threads.create").once();
        verifier.assertThat("openai").called("threads.messages.create").times(turns);
        verifier.assertThat("openai").called("threads.runs.create").times(turns);
        verifier.assertThat("openai").called("threads.runs.retrieve");
        verifier.assertThat("openai")
                .calledInOrder(
                        "threads.create",
                        "threads.messages.create",
                        "threads.runs.create",
                        "threads.runs.retrieve",
                        "threads.messages.list");
        verifier.assertThat("openai").neverCalled("responses.create");
    }
}
