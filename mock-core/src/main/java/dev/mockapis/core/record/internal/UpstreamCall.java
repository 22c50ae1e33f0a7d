package dev.mockapis.core.record.internal;

import dev.mockapis.core.HttpHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One call to the real provider with the JDK's HTTP client: the client's request with the upstream's
 * credentials and real values, the answer read event by event when it is a stream, timed.
 */
public final class UpstreamCall {

    /** Headers the JDK client sets itself or refuses, and hop-by-hop headers. */
    private static final Set<String> NOT_FORWARDED = Set.of(
            "host",
            "connection",
            "content-length",
            "expect",
            "upgrade",
            "keep-alive",
            "transfer-encoding",
            "te",
            "trailer",
            "proxy-connection",
            "accept-encoding",
            "http2-settings");

    /** Credential headers of the client, which the upstream's replace. */
    private static final Set<String> CREDENTIALS =
            Set.of("authorization", "proxy-authorization", "x-api-key", "api-key", "x-goog-api-key");

    /** Response headers about the transport rather than the API. */
    private static final Set<String> TRANSPORT = Set.of(
            "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "http2-settings");

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private UpstreamCall() {}

    /**
     * Where a call goes and how it changes on the way.
     *
     * @param baseUrl the upstream's base URL
     * @param headers the credential headers to send
     * @param substitutions each fake value and the real value it stands for
     * @param timeout the limit on the call's duration
     */
    public record Target(
            URI baseUrl, Map<String, String> headers, Map<String, String> substitutions, Duration timeout) {}

    /**
     * The upstream's answer once its headers have arrived: an event stream still to be read, or any
     * other body to be read whole.
     *
     * @param status the status
     * @param headers the headers, transport headers left out, real values swapped for the fake's
     * @param sent when the request was sent, in {@link System#nanoTime()}
     * @param body the body as it arrives
     * @param stream whether it is an event stream
     */
    public record Opened(int status, HttpHeaders headers, long sent, InputStream body, boolean stream) {}

    /**
     * Sends a request upstream and reads the whole answer.
     *
     * @param target the path and query as the client sent them to the fake
     * @throws IOException when the upstream cannot be reached or breaks off
     */
    public static Observed send(Target upstream, String method, String target, HttpHeaders headers, byte[] body)
            throws IOException, InterruptedException {
        return readAll(upstream, open(upstream, method, target, headers, body));
    }

    /** The rest of an opened answer, read to its end. */
    public static Observed readAll(Target upstream, Opened opened) throws IOException {
        try (InputStream in = opened.body()) {
            if (opened.stream()) {
                List<TimedEvent> events = new ArrayList<>();
                EventReader reader = new EventReader(upstream, in, opened.sent());
                for (TimedEvent event = reader.next(); event != null; event = reader.next()) {
                    events.add(event);
                }
                return new Observed(opened.status(), opened.headers(), new byte[0], events);
            }
            return new Observed(opened.status(), opened.headers(), toFake(upstream, in.readAllBytes()), null);
        }
    }

    /**
     * Sends a request upstream and waits for the headers of its answer only.
     *
     * @param target the path and query as the client sent them to the fake
     * @throws IOException when the upstream cannot be reached
     */
    public static Opened open(Target upstream, String method, String target, HttpHeaders headers, byte[] body)
            throws IOException, InterruptedException {
        String realTarget = toReal(upstream, target);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstream.baseUrl() + realTarget))
                .timeout(upstream.timeout())
                .method(
                        method,
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(toReal(upstream, body)));
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!NOT_FORWARDED.contains(lower) && !CREDENTIALS.contains(lower) && !upstreamSets(upstream, lower)) {
                request.header(name, toReal(upstream, value));
            }
        });
        upstream.headers().forEach(request::header);
        request.header("Accept-Encoding", "identity");
        long sent = System.nanoTime();
        HttpResponse<InputStream> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        HttpHeaders.Builder kept = HttpHeaders.builder();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":") && !TRANSPORT.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> kept.add(name, toFake(upstream, value)));
            }
        });
        String contentType =
                response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        return new Opened(
                response.statusCode(),
                kept.build(),
                sent,
                response.body(),
                contentType.startsWith("text/event-stream"));
    }

    private static boolean upstreamSets(Target upstream, String lowerName) {
        return upstream.headers().keySet().stream().anyMatch(name -> name.equalsIgnoreCase(lowerName));
    }

    private static String toReal(Target upstream, String text) {
        String result = text;
        for (Map.Entry<String, String> swap : upstream.substitutions().entrySet()) {
            result = result.replace(swap.getKey(), swap.getValue());
        }
        return result;
    }

    private static byte[] toReal(Target upstream, byte[] body) {
        return upstream.substitutions().isEmpty()
                ? body
                : toReal(upstream, new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    /** Text from the upstream with its real values swapped for the fake's. */
    public static String toFake(Target upstream, String text) {
        String result = text;
        for (Map.Entry<String, String> swap : upstream.substitutions().entrySet()) {
            result = result.replace(swap.getValue(), swap.getKey());
        }
        return result;
    }

    private static byte[] toFake(Target upstream, byte[] body) {
        if (upstream.substitutions().isEmpty()) {
            return body;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        byte[] roundTrip = text.getBytes(StandardCharsets.UTF_8);
        // a body that is not UTF-8 text (audio, images) is passed on untouched
        return java.util.Arrays.equals(roundTrip, body)
                ? toFake(upstream, text).getBytes(StandardCharsets.UTF_8)
                : body;
    }
}
