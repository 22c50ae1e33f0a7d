package dev.mockapis.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** An app that pins OkHttp 4.12 itself: the starter neither upgrades it nor breaks on it. */
@SpringBootTest(classes = ConsumerApplication.class)
@MockApis
class PinnedOkHttpFourTests {

    @Autowired
    OpenAIClient openai;

    @Autowired
    MockInteractionVerifier verifier;

    @Value("${mockapis.openai.base-url}")
    String openAiBaseUrl;

    @Test
    void theOpenAiSdkRunsOnOkHttpFourAndGetsItsReplyFromTheFake() {
        ChatCompletion completion = openai.chat()
                .completions()
                .create(ChatCompletionCreateParams.builder()
                        .model("gpt-4o-mini")
                        .addUserMessage("Is the shop open on Sunday?")
                        .build());

        assertThat(completion.choices().get(0).message().content())
                .hasValue("You said: \"Is the shop open on Sunday?\"");
        assertThat(okhttp3.OkHttp.VERSION).isEqualTo("4.12.0");
        verifier.expectCalls("openai", "chat.completions.create");
    }

    @Test
    void aRawOkHttpFourClientReachesTheFake() throws IOException {
        Request request = new Request.Builder()
                .url(openAiBaseUrl + "/models")
                .header("Authorization", "Bearer sk-test")
                .build();

        try (Response response = new OkHttpClient().newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body().string()).contains("\"object\":\"list\"");
        }
        verifier.expectCalls("openai", "models.list");
    }

    @Test
    void theStarterPutsNoUnrelocatedOkHttpFiveOrMockWebServerOnTheClasspath() {
        assertThatThrownBy(() -> Class.forName("mockwebserver3.MockWebServer"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("okhttp3.CompressionInterceptor"))
                .as("a class only OkHttp 5 has")
                .isInstanceOf(ClassNotFoundException.class);
    }
}
