package dev.mockapis.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapis.MockApiServers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code mockapis.<api>.models} adds model ids a fake accepts; any other unknown model stays refused. */
class ModelsPropertyTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new MockApisContextInitializer())
            .withConfiguration(AutoConfigurations.of(MockApisAutoConfiguration.class))
            .withPropertyValues("mockapis.enabled=true");

    @Test
    void addedModelsRunAfterAResetAndOthersAreNotFound() {
        runner.withPropertyValues("mockapis.openai.models=acme-gpt, acme-gpt-mini")
                .run(context -> {
                    MockApiServers servers = context.getBean(MockApiServers.class);
                    String openai = servers.baseUrl("openai");

                    assertThat(chat(openai, "acme-gpt-mini")).isEqualTo(200);
                    servers.reset();
                    assertThat(chat(openai, "acme-gpt")).isEqualTo(200);
                    assertThat(chat(openai, "gpt-4o-mini")).isEqualTo(200);
                    assertThat(chat(openai, "acme-gpt-max")).isEqualTo(404);
                });
    }

    private static int chat(String baseUrl, String model) throws Exception {
        String body = "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/chat/completions"))
                .header("Authorization", "Bearer sk-test")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
