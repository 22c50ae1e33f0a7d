package dev.mockapis.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.core.http.HttpResponse;
import com.openai.models.audio.speech.SpeechCreateParams;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.TwilioWebhookSimulator;
import dev.mockapis.sample.webhook.InboundMessage;
import dev.mockapis.sample.webhook.InboundMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Voice notes end to end: the customer's recording (real Ogg Opus audio, spoken by the OpenAI fake) is
 * stored by the Twilio fake, downloaded by the assistant with the account's credentials, transcribed by
 * the OpenAI fake and answered like a typed message.
 */
@AssistantTest
class VoiceNoteTests {

    private static final String CUSTOMER = "whatsapp:+15551234567";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    TwilioWebhookSimulator twilio;

    @Autowired
    MockInteractionVerifier verifier;

    @Autowired
    InboundMessages messages;

    @Autowired
    OpenAIClient openAi;

    WhatsApp whatsApp;

    @BeforeEach
    void customer() {
        whatsApp = new WhatsApp(mockMvc, twilio, messages, verifier);
    }

    @Test
    void aVoiceNoteIsDownloadedWithTheAccountsCredentialsTranscribedAndAnswered() throws Exception {
        byte[] voiceNote = spoken("Do you have sunflowers?");

        InboundMessage message = whatsApp.awaitProcessed(whatsApp.post(
                twilio.whatsApp(CUSTOMER, "").attach("audio/ogg", voiceNote).postedTo(WhatsApp.WEBHOOK)));

        assertThat(message.status()).isEqualTo(InboundMessage.Status.ANSWERED);
        verifier.assertThat("twilio")
                .called("messages.media.content")
                .once()
                .withHeader("Authorization", "Basic " + twilio.accountSid() + ":<redacted>");
        verifier.assertThat("openai").called("audio.transcriptions.create").once();
        verifier.assertThat("openai")
                .called("responses.create")
                .once()
                .withJsonPath("input", "[Voice note] Do you have sunflowers?");
        assertThat(whatsApp.repliesTo(CUSTOMER)).containsExactly(message.reply());
    }

    @Test
    void aPhotoIsNamedToTheAgentsNotTranscribed() throws Exception {
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

        InboundMessage message = whatsApp.awaitProcessed(whatsApp.post(twilio.whatsApp(CUSTOMER, "Like these?")
                .attach("image/jpeg", photo)
                .postedTo(WhatsApp.WEBHOOK)));

        assertThat(message.status()).isEqualTo(InboundMessage.Status.ANSWERED);
        assertThat(verifier.operations("openai")).doesNotContain("audio.transcriptions.create");
        assertThat(verifier.operations("twilio")).doesNotContain("messages.media.content");
        verifier.assertThat("openai")
                .called("responses.create")
                .once()
                .withBodyContaining("[The customer attached image/jpeg: "
                        + message.media().get(0).url() + "]");
    }

    /** Real Ogg Opus audio of the text, from the OpenAI fake's speech, which keeps what it said. */
    private byte[] spoken(String text) throws Exception {
        try (HttpResponse speech = openAi.audio()
                .speech()
                .create(SpeechCreateParams.builder()
                        .model("gpt-4o-mini-tts")
                        .voice("alloy")
                        .input(text)
                        .responseFormat(SpeechCreateParams.ResponseFormat.OPUS)
                        .build())) {
            return speech.body().readAllBytes();
        }
    }
}
