package dev.mockapis.twilio;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A status callback Twilio would POST, form-encoded, to a message's {@code StatusCallback} URL when
 * its status changes.
 *
 * @param url the message's {@code StatusCallback} URL
 * @param params the form parameters, in the order Twilio sends them
 */
public record StatusCallback(String url, Map<String, String> params) {

    /** Validates and copies, keeping the order. */
    public StatusCallback {
        Objects.requireNonNull(url, "url");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** A parameter's value. */
    public Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name));
    }

    /** The {@code MessageSid} parameter. */
    public String messageSid() {
        return params.get("MessageSid");
    }

    /** The {@code MessageStatus} parameter: {@code sent}, {@code delivered}, {@code failed}... */
    public String messageStatus() {
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
