package dev.mockapis.twilio;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * A status callback Twilio would POST, form-encoded, to a message's {@code StatusCallback} URL when
 * its status changes.
 *
 * @param url the message's {@code StatusCallback} URL, connection overrides ({@code #rc=2&rp=5xx})
 *     included
 * @param params the form parameters, in the order Twilio sends them
 * @param idempotencyToken the {@code I-Twilio-Idempotency-Token} header, the same on every retry and
 *     duplicate of this callback
 */
public record StatusCallback(String url, Map<String, String> params, String idempotencyToken) {

    /** Validates and copies, keeping the order. */
    public StatusCallback {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(idempotencyToken, "idempotencyToken");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The URL Twilio requests, and signs: {@link #url()} without its fragment of connection overrides. */
    public String deliveryUrl() {
        return ConnectionOverrides.withoutFragment(url);
    }

    /**
     * How many times Twilio sends this callback to an application that keeps answering with this HTTP
     * status: once, unless the URL's connection overrides retry on it ({@code rp=4xx}, {@code 5xx} or
     * {@code all}; {@code rc} more attempts, 1 by default, at most 5).
     *
     * @throws IllegalArgumentException for overrides Twilio refuses, such as an unknown {@code rp} (11243)
     */
    public int attempts(int httpStatus) {
        return ConnectionOverrides.of(url).attempts(httpStatus);
    }

    /** A parameter's value. */
    public Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name));
    }

    /** The {@code MessageSid} parameter. */
    public @Nullable String messageSid() {
        return params.get("MessageSid");
    }

    /** The {@code MessageStatus} parameter: {@code sent}, {@code delivered}, {@code failed}... */
    public @Nullable String messageStatus() {
        return params.get("MessageStatus");
    }

    /** The parameters as an {@code application/x-www-form-urlencoded} body. */
    public String formBody() {
        StringJoiner body = new StringJoiner("&");
        params.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    @Override
    public String toString() {
        return "POST " + url + " " + params;
    }
}
