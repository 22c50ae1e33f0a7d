package dev.mockapis.core.record;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The real provider a fake stands for, as record mode and the drift check call it: its base URL, the
 * credential headers that replace whatever the client sent to the fake, and values that differ
 * between the fake and the real account (a Twilio account SID in every path).
 *
 * <pre>{@code
 * Upstream openai = Upstream.at("https://api.openai.com").withHeader("Authorization", "Bearer " + key);
 * Upstream twilio = Upstream.at("https://api.twilio.com")
 *         .withBasicAuth(realSid, realToken)
 *         .withSubstitution(fakeSid, realSid);
 * }</pre>
 *
 * Every credential and every real value of a substitution is a secret: it never reaches a recording.
 */
public final class Upstream {

    private final URI baseUrl;
    private final Map<String, String> headers;
    private final Map<String, String> substitutions;
    private final List<String> secrets;
    private final Duration timeout;
    private final @Nullable CallbackSettings callbacks;

    private Upstream(
            URI baseUrl,
            Map<String, String> headers,
            Map<String, String> substitutions,
            List<String> secrets,
            Duration timeout,
            @Nullable CallbackSettings callbacks) {
        this.baseUrl = baseUrl;
        this.headers = Map.copyOf(headers);
        this.substitutions = Map.copyOf(substitutions);
        this.secrets = List.copyOf(secrets);
        this.timeout = timeout;
        this.callbacks = callbacks;
    }

    /**
     * The provider at this URL: scheme, host, port and any path prefix; a request's path and query are
     * appended to it as the client sent them to the fake.
     *
     * @throws IllegalArgumentException when it is not an absolute http or https URL
     */
    public static Upstream at(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        URI uri = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        if (uri.getScheme() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("An upstream is an http or https URL, was '" + baseUrl + "'");
        }
        return new Upstream(uri, Map.of(), Map.of(), List.of(), Duration.ofMinutes(2), null);
    }

    /** This upstream with a credential header, sent instead of the client's; the value is a secret. */
    public Upstream withHeader(String name, String value) {
        Objects.requireNonNull(name, "name");
        requireSecret(value, name);
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        List<String> moreSecrets = new ArrayList<>(secrets);
        moreSecrets.add(value);
        int space = value.indexOf(' ');
        if (space > 0) {
            moreSecrets.add(value.substring(space + 1).trim());
        }
        return new Upstream(baseUrl, more, substitutions, moreSecrets, timeout, callbacks);
    }

    /** This upstream with HTTP Basic credentials, as Twilio takes them; user and password are secrets. */
    public Upstream withBasicAuth(String user, String password) {
        requireSecret(user, "user");
        requireSecret(password, "password");
        String encoded = java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Upstream withHeader = withHeader("Authorization", "Basic " + encoded);
        List<String> moreSecrets = new ArrayList<>(withHeader.secrets);
        moreSecrets.add(user);
        moreSecrets.add(password);
        return new Upstream(baseUrl, withHeader.headers, substitutions, moreSecrets, timeout, callbacks);
    }

    /**
     * This upstream with a value swapped on the way: the fake's value in what the client sends becomes
     * the real one upstream, and the real one in what comes back becomes the fake's again, so the
     * client, and the recording, only ever see the fake's.
     *
     * @param fakeValue what the client uses, such as the fake's account SID
     * @param realValue what the real provider expects; a secret
     */
    public Upstream withSubstitution(String fakeValue, String realValue) {
        requireSecret(fakeValue, "fake value");
        requireSecret(realValue, "real value");
        Map<String, String> more = new LinkedHashMap<>(substitutions);
        more.put(fakeValue, realValue);
        List<String> moreSecrets = new ArrayList<>(secrets);
        moreSecrets.add(realValue);
        return new Upstream(baseUrl, headers, more, moreSecrets, timeout, callbacks);
    }

    /** This upstream with another limit on each call's duration (2 minutes by default). */
    public Upstream withTimeout(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("A timeout is positive, was " + limit);
        }
        return new Upstream(baseUrl, headers, substitutions, secrets, limit, callbacks);
    }

    /**
     * This upstream calling the application back at the URL a form parameter of a request carries, as
     * Twilio posts a message's status callbacks to its {@code StatusCallback}: record mode gives the
     * provider the URL of a relay of its own instead, keeps each callback that reaches the relay with the
     * call that asked for it, real values swapped for the fake's, and hands it to the fake, which sends it
     * on to the application's URL as it sends its own (for Twilio, through the webhook simulators, signed
     * with the fake's auth token).
     *
     * @param parameter the form parameter, such as {@code StatusCallback}
     * @param port the relay's loopback port, or 0 for any free one
     * @param publicUrl how the provider reaches the relay when it is not on this machine (a tunnel to the
     *     port, such as {@code https://example.ngrok.app}), or {@code null} for the relay's loopback URL
     */
    public Upstream withCallbacks(String parameter, int port, @Nullable String publicUrl) {
        if (parameter == null || parameter.isBlank()) {
            throw new IllegalArgumentException("The parameter that carries a callback URL is empty");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("A relay port is 0..65535, was " + port);
        }
        if (publicUrl != null) {
            at(publicUrl);
        }
        return new Upstream(
                baseUrl, headers, substitutions, secrets, timeout, new CallbackSettings(parameter, port, publicUrl));
    }

    /** The callbacks' settings, or {@code null} when calls are not relayed. */
    @Nullable
    CallbackSettings callbacks() {
        return callbacks;
    }

    /**
     * How callbacks are relayed.
     *
     * @param parameter the form parameter that carries a callback URL
     * @param port the relay's loopback port, 0 for any
     * @param publicUrl how the provider reaches the relay, or {@code null} for its loopback URL
     */
    record CallbackSettings(
            String parameter, int port, @Nullable String publicUrl) {}

    /** The base URL. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The credential headers, by name. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The substitutions: each fake value and the real value it stands for. */
    public Map<String, String> substitutions() {
        return substitutions;
    }

    /** The secrets this upstream knows: credentials and real values. */
    public List<String> secrets() {
        return secrets;
    }

    /** The limit on each call's duration. */
    public Duration timeout() {
        return timeout;
    }

    dev.mockapis.core.record.internal.UpstreamCall.Target target() {
        return new dev.mockapis.core.record.internal.UpstreamCall.Target(baseUrl, headers, substitutions, timeout);
    }

    private static void requireSecret(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The upstream's " + what + " is empty");
        }
    }

    @Override
    public String toString() {
        return "upstream " + baseUrl + (callbacks == null ? "" : " (callbacks at " + callbacks.parameter() + ")");
    }
}
