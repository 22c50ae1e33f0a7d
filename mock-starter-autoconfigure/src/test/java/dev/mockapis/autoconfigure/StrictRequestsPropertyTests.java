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

/** {@code mockapis.<api>.strict-requests} decides whether a fake refuses what its provider refuses. */
class StrictRequestsPropertyTests {

    private static final String UNKNOWN_PARAMETER =
            "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"vendor_extension\":1}";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new MockApisContextInitializer())
            .withConfiguration(AutoConfigurations.of(MockApisAutoConfiguration.class))
            .withPropertyValues("mockapis.enabled=true");

    @Test
    void requestsAreStrictByDefault() {
        runner.run(context -> {
            MockApiServers servers = context.getBean(MockApiServers.class);

            assertThat(chat(servers.baseUrl("openai"))).isEqualTo(400);
        });
    }

    @Test
    void thePropertyRelaxesOneApiAndAResetKeepsItRelaxed() {
        runner.withPropertyValues("mockapis.openai.strict-requests=false").run(context -> {
            MockApiServers servers = context.getBean(MockApiServers.class);
            assertThat(chat(servers.baseUrl("openai"))).isEqualTo(200);
            servers.server("openai").strictRequests(true);

            servers.reset();

            assertThat(servers.server("openai").strictRequests()).isFalse();
            assertThat(chat(servers.baseUrl("openai"))).isEqualTo(200);
        });
    }

    @Test
    void aValueOtherThanTrueOrFalseFailsNamingTheProperty() {
        runner.withPropertyValues("mockapis.openai.strict-requests=sometimes").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .hasStackTraceContaining("mockapis.openai.strict-requests must be true or false, was 'sometimes'");
        });
    }

    private static int chat(String baseUrl) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/chat/completions"))
                .header("Authorization", "Bearer sk-test")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(UNKNOWN_PARAMETER))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
