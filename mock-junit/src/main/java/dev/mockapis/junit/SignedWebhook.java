package dev.mockapis.junit;

import dev.mockapis.twilio.TwilioSignatures;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * One webhook request Twilio would send an application: its URL, its form parameters and its
 * idempotency token, as {@code java.net.http} requests signed with a valid {@code X-Twilio-Signature},
 * and the variants an application must reject or deduplicate. A value: the same request can be sent
 * twice, as Twilio does when it retries.
 *
 * <pre>{@code
 * SignedWebhook hello = webhooks.whatsApp("+15551234567", "Hello").postedTo(app + "/twilio/whatsapp");
 * assertThat(http.send(hello.request(), BodyHandlers.ofString()).statusCode()).isEqualTo(200);
 * assertThat(http.send(hello.forged(), BodyHandlers.ofString()).statusCode()).isEqualTo(403);
 * }</pre>
 */
public final class SignedWebhook {

    /** Twilio's webhook client, sent as {@code User-Agent}. */
    public static final String USER_AGENT = "TwilioProxy/1.1";

    private static final String WRONG_TOKEN = "0123456789abcdef0123456789abcdef";

    private final URI url;
    private final Map<String, String> params;
    private final String idempotencyToken;
    private final String authToken;

    SignedWebhook(URI url, Map<String, String> params, String idempotencyToken, String authToken) {
        this.url = requireAbsolute(url);
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        this.idempotencyToken = Objects.requireNonNull(idempotencyToken, "idempotencyToken");
        this.authToken = Objects.requireNonNull(authToken, "authToken");
    }

    /** The full URL the request is posted to and signed for. */
    public URI url() {
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
        return TwilioSignatures.forAuthToken(authToken).sign(url.toString(), params);
    }

    /** The request as Twilio sends it: a form POST signed for {@link #url()}, with Twilio's headers. */
    public HttpRequest request() {
        return build(params).header("X-Twilio-Signature", signature()).build();
    }

    /** The very same request again, as Twilio sends it when it retries or a delivery is duplicated. */
    public HttpRequest replayed() {
        return request();
    }

    /** The request without an {@code X-Twilio-Signature} header. */
    public HttpRequest unsigned() {
        return build(params).build();
    }

    /** The request signed with an auth token that is not the account's, as a forger would sign it. */
    public HttpRequest forged() {
        return build(params)
                .header(
                        "X-Twilio-Signature",
                        TwilioSignatures.forAuthToken(WRONG_TOKEN).sign(url.toString(), params))
                .build();
    }

    /** The request with a valid signature, but one parameter changed after signing. */
    public HttpRequest tampered(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.put(name, value);
        return build(changed).header("X-Twilio-Signature", signature()).build();
    }

    /** This webhook with one parameter added or changed, signed afresh. */
    public SignedWebhook with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.put(name, value);
        return new SignedWebhook(url, changed, idempotencyToken, authToken);
    }

    /** The form body, {@code application/x-www-form-urlencoded} in UTF-8. */
    public String formBody() {
        return encode(params);
    }

    private HttpRequest.Builder build(Map<String, String> form) {
        return HttpRequest.newBuilder(url)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("User-Agent", USER_AGENT)
                .header("I-Twilio-Idempotency-Token", idempotencyToken)
                .POST(HttpRequest.BodyPublishers.ofString(encode(form), StandardCharsets.UTF_8));
    }

    private static String encode(Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    static URI requireAbsolute(URI url) {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException(
                    "A webhook is posted to an absolute http(s) URL of the application, such as "
                            + "http://localhost:8080/twilio/whatsapp, was '" + url + "'");
        }
        return url;
    }

    @Override
    public String toString() {
        return "POST " + url + " " + params;
    }
}
