package dev.mockapis.core;

import dev.mockapis.core.internal.JsonSupport;
import java.util.List;
import java.util.Objects;

/**
 * An HTTP response a fake sends: status, headers and body.
 *
 * @param status the HTTP status code
 * @param headers the response headers; {@code Content-Length} and {@code Transfer-Encoding} are added on sending
 * @param body the body
 */
public record FakeResponse(int status, HttpHeaders headers, ResponseBody body) {

    /** Validates. */
    public FakeResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status must be within 100..599, was " + status);
        }
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    /** A JSON response. */
    public static FakeResponse json(int status, String json) {
        return new FakeResponse(status, HttpHeaders.of("Content-Type", "application/json"), ResponseBody.text(json));
    }

    /**
     * A JSON response serialising the given value: a record, a map, a list, or a tree of the JSON
     * library in use. (A {@code String} is taken as JSON already written: see {@link #json(int, String)}.)
     */
    public static FakeResponse json(int status, Object value) {
        return json(status, JsonSupport.write(value));
    }

    /** A response with no body. */
    public static FakeResponse empty(int status) {
        return new FakeResponse(status, HttpHeaders.empty(), ResponseBody.empty());
    }

    /** A {@code text/event-stream} response of the given events, sent back to back. */
    public static FakeResponse eventStream(List<ServerSentEvent> events) {
        return new FakeResponse(
                200,
                HttpHeaders.of("Content-Type", "text/event-stream; charset=utf-8", "Cache-Control", "no-cache"),
                new ResponseBody.EventStream(events));
    }

    /** This response with a header set, replacing any earlier value. */
    public FakeResponse withHeader(String name, String value) {
        return new FakeResponse(status, headers.toBuilder().set(name, value).build(), body);
    }

    /** This response with every given header set, replacing earlier values of the same names. */
    public FakeResponse withHeaders(HttpHeaders extra) {
        return new FakeResponse(status, headers.toBuilder().setAll(extra).build(), body);
    }

    /** This response with another body. */
    public FakeResponse withBody(ResponseBody newBody) {
        return new FakeResponse(status, headers, newBody);
    }

    /**
     * The body as text: the bytes decoded as UTF-8, or the event stream as the client reads it; empty for
     * a live event stream, whose events are only known as they are sent.
     */
    public String bodyText() {
        if (body instanceof ResponseBody.Bytes bytes) {
            return bytes.text();
        }
        return body instanceof ResponseBody.EventStream stream ? stream.text() : "";
    }
}
