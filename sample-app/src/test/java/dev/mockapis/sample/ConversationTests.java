package dev.mockapis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.mockapis.ConversationFixture;
import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.TwilioWebhook;
import dev.mockapis.TwilioWebhookSimulator;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.ParsedBody;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@MockApis
class ConversationTests {

    private static final ConversationFixture PRICING = ConversationFixture.with("whatsapp:+1234567890")
            .turn("Hello", "Hi! How can I help?")
            .turn("Tell me about pricing", "A croissant is $2.50, a loaf $4.")
            .turn("Thanks", "You're welcome!");

    @Autowired
    MockMvc mockMvc;

    @Autowired
    TwilioWebhookSimulator twilio;

    @Autowired
    MockApiServers servers;

    @Autowired
    MockInteractionVerifier verifier;

    @Test
    void eachMessageOfAConversationGetsItsReplyInOrder() throws Exception {
        servers.server("openai").useScenario(PRICING.openAiScenario("pricing").scenario());

        for (TwilioWebhook webhook : PRICING.webhooks(twilio, "/twilio/whatsapp")) {
            mockMvc.perform(webhook.request()).andExpect(status().isOk());
        }

        assertThat(verifier.assertThat("twilio").called("messages.create").times(3).calls())
                .extracting(ConversationTests::body)
                .containsExactlyElementsOf(PRICING.expectedReplies());
        verifier.assertThat("openai").calledInOrder("chat.completions.create", "chat.completions.create", "chat.completions.create");
    }

    private static String body(Interaction call) {
        return ((ParsedBody.Form) call.body()).params().get("Body").get(0);
    }
}
