package dev.mockapis.core;

import dev.mockapis.core.internal.FormEncoding;
import dev.mockapis.core.internal.MalformedBodyException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP request as a fake received it: method, decoded path, query parameters, headers and body.
 *
 * <p>The body is parsed lazily and once: {@link #json(Class)} for JSON payloads, {@link #form()} for
 * {@code application/x-www-form-urlencoded} ones.
 */
public final class FakeRequest {

    private final String method;
    private final String path;
    private final String target;
    private final Map<String, List<String>> query;
    private final HttpHeaders headers;
    private final byte[] body;
    private volatile @Nullable ParsedBody parsed;

    /**
     * A request.
     *
     * @param method the HTTP method, upper case
     * @param target the request target as sent: the path, then {@code ?} and the raw query if any
     * @param headers the request headers
     * @param body the body bytes, empty when there is none
     */
    public FakeRequest(String method, String target, HttpHeaders headers, byte[] body) {
        this.method = method;
        this.target = target;
        int question = target.indexOf('?');
        this.path = FormEncoding.decode(question < 0 ? target : target.substring(0, question));
        this.query = question < 0 ? Map.of() : FormEncoding.parse(target.substring(question + 1));
        this.headers = headers;
        this.body = body.clone();
    }

    /** The HTTP method, upper case. */
    public String method() {
        return method;
    }

    /** The path, percent-decoded, without the query. */
    public String path() {
        return path;
    }

    /** The request target exactly as sent: path and raw query. */
    public String target() {
        return target;
    }

    /** The query parameters, each name with its values in order. */
    public Map<String, List<String>> query() {
        return query;
    }

    /** The first value of a query parameter. */
    public Optional<String> queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The request headers. */
    public HttpHeaders headers() {
        return headers;
    }

    /** The first value of a header. */
    public Optional<String> header(String name) {
        return headers.first(name);
    }

    /** The body bytes, empty when there is none. */
    public byte[] body() {
        return body.clone();
    }

    /** The body decoded as UTF-8. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Whether the request has a body. */
    public boolean hasBody() {
        return body.length > 0;
    }

    /** The media type of the body without parameters, lower case, or empty. */
    public String mediaType() {
        String contentType = header("Content-Type").orElse("");
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim()
                .toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The JSON body read as the given type (see {@link ParsedBody.Json#as}).
     *
     * <p>When the body is not JSON this fails in a way the engine answers with the provider's own 400.
     *
     * @throws IllegalArgumentException when the document does not fit the type
     */
    public <T> T json(Class<T> type) {
        ParsedBody body = parsedBody();
        if (body instanceof ParsedBody.Json json) {
            return json.as(type);
        }
        throw new MalformedBodyException(
                body instanceof ParsedBody.Invalid invalid
                        ? invalid.reason()
                        : "Expected a JSON body but the request has "
                                + (hasBody() ? "'" + mediaType() + "'" : "no body"));
    }

    /** The body's form parameters (repeated names keep every value), or an empty map when the body is not a form. */
    public Map<String, List<String>> form() {
        return parsedBody() instanceof ParsedBody.Form form ? form.params() : Map.of();
    }

    /** The first value of a form parameter. */
    public Optional<String> formParam(String name) {
        List<String> values = form().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The parsed body: JSON, form, text, empty or invalid. */
    public ParsedBody parsedBody() {
        ParsedBody result = parsed;
        if (result == null) {
            result = ParsedBody.parse(mediaType(), body);
            parsed = result;
        }
        return result;
    }

    @Override
    public String toString() {
        return method + " " + target;
    }
}
