package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Answers a batch's request lines by sending each one to this same fake over HTTP, so that the active
 * scenario, rate limits and interaction log treat it as the API would treat the request on its own. The
 * requests go to the host the batch was retrieved through, with the caller's API key and an
 * {@value #BATCH_HEADER} header naming the batch.
 */
final class BatchRunner {

    /** The header that marks the requests a batch makes, so tests can tell them from the app's own. */
    static final String BATCH_HEADER = "X-MockApis-Batch-Id";

    private static final Duration LINE_TIMEOUT = Duration.ofSeconds(5);

    private final IdGenerator ids;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    BatchRunner(IdGenerator ids) {
        this.ids = ids;
    }

    /** What one request line got. */
    record Outcome(
            ObjectNode line, boolean succeeded, @Nullable JsonNode usage) {}

    Outcome run(String batchId, BatchLines.Line line, FakeRequest through) {
        ObjectNode result = JsonSupport.object();
        result.put("id", ids.next("batch_req_", IdSequence.HEX, 32));
        result.put("custom_id", line.customId());
        String host = through.header("Host").orElse(null);
        if (host == null) {
            return failed(result, "The batch could not reach its endpoint: the retrieve request had no Host header.");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + line.url()))
                .timeout(LINE_TIMEOUT)
                .header("Content-Type", "application/json")
                .header(BATCH_HEADER, batchId)
                .POST(HttpRequest.BodyPublishers.ofString(JsonSupport.write(line.body())));
        through.header("Authorization").ifPresent(value -> request.header("Authorization", value));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return failed(
                    result,
                    "The request could not be completed: " + e.getClass().getSimpleName() + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(result, "The request was interrupted.");
        }
        JsonNode body;
        try {
            body = JsonSupport.mapper().readTree(response.body());
        } catch (IOException e) {
            body = JsonSupport.mapper().getNodeFactory().textNode(response.body());
        }
        ObjectNode answered = result.putObject("response");
        answered.put("status_code", response.statusCode());
        answered.put("request_id", response.headers().firstValue("x-request-id").orElse(""));
        answered.set("body", body);
        result.putNull("error");
        boolean ok = response.statusCode() / 100 == 2;
        return new Outcome(result, ok, ok ? body.path("usage") : null);
    }

    /** A line the batch never ran, because it expired first. */
    ObjectNode expired(BatchLines.Line line) {
        ObjectNode result = JsonSupport.object();
        result.put("id", ids.next("batch_req_", IdSequence.HEX, 32));
        result.put("custom_id", line.customId());
        result.putNull("response");
        ObjectNode error = result.putObject("error");
        error.put("code", "batch_expired");
        error.put("message", "This request could not be executed before the completion window expired.");
        return result;
    }

    private static Outcome failed(ObjectNode result, String message) {
        result.putNull("response");
        ObjectNode error = result.putObject("error");
        error.put("code", "server_error");
        error.put("message", message);
        return new Outcome(result, false, null);
    }
}
