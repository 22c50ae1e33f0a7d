package dev.mockapis.server.internal;

import dev.mockapis.twilio.TwilioSignatures;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Posts webhooks to the application as Twilio does: form-encoded, with Twilio's user agent, an
 * idempotency token and a valid {@code X-Twilio-Signature} for the account's auth token. The HTTP
 * client is made on first use, so a server that never posts never pays for it.
 */
final class WebhookPoster {

    static final String USER_AGENT = "TwilioProxy/1.1";

    /** Twilio gives up on a webhook after 15 seconds. */
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    /**
     * What the application answered.
     *
     * @param status its HTTP status
     * @param body its body
     * @param contentType its content type, empty when it sent none
     */
    record Answer(int status, String body, String contentType) {}

    private final TwilioSignatures signatures;
    private volatile HttpClient client;

    WebhookPoster(String authToken) {
        this.signatures = TwilioSignatures.forAuthToken(authToken);
    }

    /**
     * Posts one webhook.
     *
     * @throws AdminException 400 for a URL that is not http(s), 502 when the application cannot be reached
     */
    Answer post(String url, Map<String, String> params) {
        return post(url, params, UUID.randomUUID().toString());
    }

    /**
     * Posts one webhook with the given idempotency token, as Twilio sends every retry of a webhook.
     *
     * @throws AdminException 400 for a URL that is not http(s), 502 when the application cannot be reached
     */
    Answer post(String url, Map<String, String> params, String idempotencyToken) {
        URI uri = uri(url);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("User-Agent", USER_AGENT)
                .header("I-Twilio-Idempotency-Token", idempotencyToken)
                .header("X-Twilio-Signature", signatures.sign(url, params))
                .POST(HttpRequest.BodyPublishers.ofString(form(params)))
                .build();
        try {
            HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new AdminException(
                    502,
                    "Could not post to " + url + ": "
                            + (e.getMessage() == null ? "connection failed" : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdminException(503, "Interrupted while posting to " + url);
        }
    }

    private HttpClient client() {
        HttpClient current = client;
        if (current == null) {
            synchronized (this) {
                current = client;
                if (current == null) {
                    current = HttpClient.newBuilder()
                            .connectTimeout(Duration.ofSeconds(5))
                            .build();
                    client = current;
                }
            }
        }
        return current;
    }

    private static URI uri(String url) {
        try {
            URI uri = URI.create(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException invalid) {
            // reported below
        }
        throw new AdminException(400, "'" + url + "' is not an http or https URL");
    }

    private static String form(Map<String, String> params) {
        StringJoiner body = new StringJoiner("&");
        params.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }
}
