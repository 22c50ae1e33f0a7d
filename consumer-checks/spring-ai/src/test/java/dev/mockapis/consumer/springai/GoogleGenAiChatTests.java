package dev.mockapis.consumer.springai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.google.genai.GoogleGenAiChatModel;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Spring AI's Google GenAI module, configured only by its own properties, reaches the Gemini fake: the
 * starter replaces the google-genai {@code Client} Spring AI builds, as that module has no base-URL property.
 */
@SpringBootTest(classes = SpringAiApplication.class)
@MockApis
class GoogleGenAiChatTests {

    @Autowired
    GoogleGenAiChatModel gemini;

    @Autowired
    MockInteractionVerifier verifier;

    @Test
    void aGoogleGenAiChatClientIsAnsweredByTheGeminiFake() {
        assertThat(ChatClient.create(gemini)
                        .prompt("Table for two tonight?")
                        .call()
                        .content())
                .isEqualTo("You said: \"Table for two tonight?\"");
        verifier.expectCalls("gemini", "models.generate_content");
    }

    @Test
    void aStreamedAnswerArrivesInPieces() {
        List<String> pieces = ChatClient.create(gemini).prompt("Table for two tonight?").stream()
                .content()
                .collectList()
                .block();
        assertThat(String.join("", pieces)).isEqualTo("You said: \"Table for two tonight?\"");
        assertThat(verifier.operations("gemini")).containsExactly("models.stream_generate_content");
    }

    @Test
    @MockApis(gemini = "tool_usage")
    void aToolTheModelCallsRunsAndItsResultIsAnswered() {
        OpeningHours hours = new OpeningHours();
        String answer = ChatClient.create(gemini)
                .prompt("When do you open on Sunday?")
                .tools(hours)
                .call()
                .content();
        assertThat(hours.askedFor).hasSize(1);
        assertThat(answer).isNotBlank();
        assertThat(verifier.operations("gemini")).containsExactly("models.generate_content", "models.generate_content");
    }

    static final class OpeningHours {
        final List<String> askedFor = new ArrayList<>();

        @Tool(description = "The bakery's opening hours on a day of the week")
        String openingHours(@ToolParam(description = "The day, such as Sunday") String day) {
            askedFor.add(day);
            return "7:00 to 13:00";
        }
    }
}
