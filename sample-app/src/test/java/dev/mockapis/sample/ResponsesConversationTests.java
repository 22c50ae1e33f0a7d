package dev.mockapis.sample;

import dev.mockapis.sample.agents.runtime.RuntimeKind;

/** The conversation tests on the Responses runtime: one OpenAI Conversation per customer. */
class ResponsesConversationTests extends ConversationTests {

    @Override
    RuntimeKind runtime() {
        return RuntimeKind.RESPONSES;
    }

    @Override
    String turnOperation() {
        return "responses.create";
    }

    @Override
    String toolOutputOperation() {
        return "responses.create";
    }

    @Override
    void expectOneConversation(int turns) {
        verifier.assertThat("openai").called("conversations.create").once();
        verifier.assertThat("openai").called("responses.create").times(turns);
        verifier.assertThat("openai").neverCalled("threads.create");
    }
}
