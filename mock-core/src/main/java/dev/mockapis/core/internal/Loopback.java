package dev.mockapis.core.internal;

import dev.mockapis.core.FakeRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Sends a request to the fake that is answering another one, so that work a provider does on its own
 * (the requests of a batch) meets the active scenario, rate limits and interaction log as the request
 * would on its own. The request goes to the host the triggering request came through, with the
 * credential headers it carried and a {@value #BATCH_HEADER} header naming the batch.
 */
public final class Loopback {

    /** The header that marks the requests a batch makes, so tests can tell them from the app's own. */
    public static final String BATCH_HEADER = "X-MockApis-Batch-Id";

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /**
     * What the fake answered.
     *
     * @param status the status code, 0 when the request could not be made
     * @param body the body as text, or why the request could not be made
     */
    public record Answer(int status, String body) {

        /** Whether the fake answered with a 2xx status. */
        public boolean ok() {
            return status / 100 == 2;
        }
    }

    /**
     * Posts a JSON body.
     *
     * @param through the request whose host and headers to reuse
     * @param pathAndQuery the target, such as {@code /v1/messages}
     * @param json the body
     * @param batchId the batch making the request
     * @param headers the names of the headers of {@code through} to send along (credentials, versions)
     */
    public Answer post(FakeRequest through, String pathAndQuery, String json, String batchId, List<String> headers) {
        Optional<String> host = through.header("Host");
        if (host.isEmpty()) {
            return new Answer(0, "the triggering request had no Host header");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host.get() + pathAndQuery))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header(BATCH_HEADER, batchId)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        for (String name : headers) {
            through.header(name).ifPresent(value -> request.header(name, value));
        }
        try {
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(
                    0, "the request could not be completed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "the request was interrupted");
        }
    }
}
