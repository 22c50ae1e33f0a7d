package dev.mockapis.consumer.boot35;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.TwilioWebhook;
import dev.mockapis.TwilioWebhookSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The same @MockApis, verifier and webhook simulator as on Boot 4.1, on Spring Boot 3.5 and Spring AI 1.1. */
@SpringBootTest
@AutoConfigureMockMvc
@MockApis
class WhatsAppAssistantTests {

    private static final String CUSTOMER = "+15551234567";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    TwilioWebhookSimulator twilio;

    @Autowired
    MockInteractionVerifier verifier;

    @Autowired
    OrderTools orderTools;

    @Autowired
    OpenAIClient openAi;

    @Autowired
    Deliveries deliveries;

    @Test
    @MockApis(openai = "tool_usage")
    void aSignedMessageIsAnsweredByTheChatClientsToolAndSentThroughTwilio() throws Exception {
        TwilioWebhook question = twilio.whatsApp(CUSTOMER, "Is order 42 ready?").postedTo("/twilio/whatsapp");

        mockMvc.perform(question.request()).andExpect(status().isOk());
        mockMvc.perform(question.forged()).andExpect(status().isForbidden());

        assertThat(orderTools.lookedUp()).hasSize(1);
        verifier.assertThat("openai")
                .called("chat.completions.create")
                .times(2)
                .withJsonPath("$.tools[*].function.name", "orderStatus")
                .withJsonPath("$.messages[-1].role", "tool");
        String reply = verifier.assertThat("twilio")
                .called("messages.create")
                .once()
                .withFormParam("To", "whatsapp:" + CUSTOMER)
                .withFormParamContaining("Body", "is ready for pick-up")
                .single()
                .responseBody();
        String sid = new ObjectMapper().readTree(reply).get("sid").asText();
        assertThat(twilio.deliverStatusCallbacks(mockMvc)).isNotEmpty();
        assertThat(deliveries.of(sid)).endsWith("delivered");
        verifier.assertNoUnmatchedRequests();
    }

    @Test
    void openAiJavaBesideSpringAiReachesTheSameFake() {
        var completion = openAi.chat()
                .completions()
                .create(ChatCompletionCreateParams.builder()
                        .model(ChatModel.GPT_4O_MINI)
                        .addUserMessage("Summarise: the customer asked about order 42")
                        .build());

        assertThat(completion.choices().get(0).message().content())
                .hasValueSatisfying(text -> assertThat(text).contains("order 42"));
        verifier.expectCalls("openai", "chat.completions.create");
    }
}
