package dev.mockapis.openaiapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.ai.audio.transcription.AudioTranscriptionPrompt;
import org.springframework.ai.image.Image;
import org.springframework.ai.image.ImagePrompt;
import org.springframework.ai.moderation.ModerationPrompt;
import org.springframework.ai.moderation.ModerationResult;
import org.springframework.ai.openai.OpenAiAudioSpeechModel;
import org.springframework.ai.openai.OpenAiAudioTranscriptionModel;
import org.springframework.ai.openai.OpenAiImageModel;
import org.springframework.ai.openai.OpenAiImageOptions;
import org.springframework.ai.openai.OpenAiModerationModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;

/** Spring AI's image, speech, transcription and moderation models, as the starter points them at the fake. */
@SpringBootTest(classes = OpenAiTestApplication.class)
@MockApis
class SpringAiMediaModelsIntegrationTests {

    @Autowired
    OpenAiImageModel images;

    @Autowired
    OpenAiAudioSpeechModel speech;

    @Autowired
    OpenAiAudioTranscriptionModel transcription;

    @Autowired
    OpenAiModerationModel moderation;

    @Autowired
    MockInteractionVerifier verifier;

    @Test
    void theImageModelGetsAPngOfTheRequestedSize() throws Exception {
        Image image = images.call(new ImagePrompt(
                        "A bouquet of red roses",
                        OpenAiImageOptions.builder().width(1024).height(1024).build()))
                .getResult()
                .getOutput();

        byte[] png = image.getB64Json() != null
                ? Base64.getDecoder().decode(image.getB64Json())
                : HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(image.getUrl()))
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray())
                        .body();
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(picture.getWidth()).isEqualTo(1024);
        assertThat(picture.getHeight()).isEqualTo(1024);
        verifier.assertThat("openai").called("images.generate").once().withJsonPath("prompt", "A bouquet of red roses");
    }

    @Test
    void speechFromTheSpeechModelTranscribesBackToItsText() {
        byte[] audio = speech.call("Your roses are on their way.");
        String text = transcription
                .call(new AudioTranscriptionPrompt(new ByteArrayResource(audio) {
                    @Override
                    public String getFilename() {
                        return "reply.mp3";
                    }
                }))
                .getResult()
                .getOutput();

        assertThat(audio).hasSizeGreaterThan(1000);
        // Spring AI asks for response_format=text, which OpenAI ends with a line break
        assertThat(text).isEqualTo("Your roses are on their way.\n");
        assertThat(verifier.operations("openai")).containsExactly("audio.speech.create", "audio.transcriptions.create");
    }

    @Test
    void theModerationModelFlagsAThreatAndPassesAnOrder() {
        ModerationResult threat = moderation
                .call(new ModerationPrompt("I will kill you"))
                .getResult()
                .getOutput()
                .getResults()
                .get(0);
        ModerationResult order = moderation
                .call(new ModerationPrompt("Two dozen roses, please"))
                .getResult()
                .getOutput()
                .getResults()
                .get(0);

        assertThat(threat.isFlagged()).isTrue();
        assertThat(threat.getCategories().isViolence()).isTrue();
        assertThat(order.isFlagged()).isFalse();
        verifier.expectCalls("openai", "moderations.create", "moderations.create");
    }

    @Test
    @MockApis(openai = "flagged")
    void theFlaggedScenarioFlagsEverythingForSpringAiToo() {
        ModerationResult order = moderation
                .call(new ModerationPrompt("Two dozen roses, please"))
                .getResult()
                .getOutput()
                .getResults()
                .get(0);

        assertThat(order.isFlagged()).isTrue();
        assertThat(order.getCategories().isHarassment()).isTrue();
    }
}
