package dev.mockapis;

import dev.mockapis.twilio.TwilioSignatures;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * One webhook request Twilio would send: its URL, its form parameters and its idempotency token. It
 * builds the MockMvc request as Twilio sends it, signed, and the variants an application must reject or
 * deduplicate. A value: building requests from it changes nothing, so the same request can be sent
 * twice, as Twilio does when it retries.
 */
@NullMarked
public final class TwilioWebhook {

    /** Twilio's webhook client; applications sometimes log or check it. */
    public static final String USER_AGENT = "TwilioProxy/1.1";

    private static final String WRONG_TOKEN = "0123456789abcdef0123456789abcdef";

    private final String url;
    private final Map<String, String> params;
    private final String idempotencyToken;
    private final String authToken;

    TwilioWebhook(String url, Map<String, String> params, String idempotencyToken, String authToken) {
        this.url = Objects.requireNonNull(url, "url");
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        this.idempotencyToken = idempotencyToken;
        this.authToken = authToken;
    }

    /** The full URL the request is signed for, as the application sees it. */
    public String url() {
        return url;
    }

    /** The form parameters, in the order Twilio sends them. */
    public Map<String, String> params() {
        return params;
    }

    /** A parameter's value, or {@code null}. */
    public @Nullable String param(String name) {
        return params.get(name);
    }

    /** The {@code MessageSid} parameter. */
    public String messageSid() {
        return Objects.requireNonNull(params.get("MessageSid"), "a Twilio webhook carries a MessageSid");
    }

    /** The {@code I-Twilio-Idempotency-Token} header, the same on every retry of this webhook. */
    public String idempotencyToken() {
        return idempotencyToken;
    }

    /** The valid {@code X-Twilio-Signature} of this request. */
    public String signature() {
        return TwilioSignatures.forAuthToken(authToken).sign(url, params);
    }

    /** The request as Twilio sends it: signed for {@link #url()}, with Twilio's headers. */
    public MockHttpServletRequestBuilder request() {
        return build(params).header("X-Twilio-Signature", signature());
    }

    /** The very same request again, as Twilio sends it when it retries or a delivery is duplicated. */
    public MockHttpServletRequestBuilder replayed() {
        return request();
    }

    /** The request without an {@code X-Twilio-Signature} header. */
    public MockHttpServletRequestBuilder unsigned() {
        return build(params);
    }

    /** The request signed with an auth token that is not the account's, as a forger would sign it. */
    public MockHttpServletRequestBuilder forged() {
        return build(params)
                .header(
                        "X-Twilio-Signature",
                        TwilioSignatures.forAuthToken(WRONG_TOKEN).sign(url, params));
    }

    /** The request with a valid signature, but one parameter changed after signing. */
    public MockHttpServletRequestBuilder tampered(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.put(name, value);
        return build(changed).header("X-Twilio-Signature", signature());
    }

    /** This webhook with one parameter added or changed, signed afresh. */
    public TwilioWebhook with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.put(name, value);
        return new TwilioWebhook(url, changed, idempotencyToken, authToken);
    }

    private MockHttpServletRequestBuilder build(Map<String, String> form) {
        return MockMvcRequestBuilders.post(URI.create(url))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("User-Agent", USER_AGENT)
                .header("I-Twilio-Idempotency-Token", idempotencyToken)
                .content(encode(form));
    }

    private static String encode(Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    @Override
    public String toString() {
        return "POST " + url + " " + params;
    }
}
