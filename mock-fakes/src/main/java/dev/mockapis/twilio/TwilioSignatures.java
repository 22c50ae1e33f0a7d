package dev.mockapis.twilio;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes the {@code X-Twilio-Signature} header Twilio sends with its webhooks, keyed by an account's
 * auth token.
 *
 * <ul>
 *   <li>Form webhooks: HMAC-SHA1 over the full URL (query included) followed by every POST parameter
 *       sorted by name, each name then its value, no separators; Base64.</li>
 *   <li>JSON webhooks: the URL carries {@code bodySHA256=<hex SHA-256 of the body>} and the signature
 *       covers the URL alone.</li>
 * </ul>
 *
 * <pre>{@code
 * TwilioSignatures signatures = TwilioSignatures.forAuthToken(authToken);
 * String signature = signatures.sign("https://app.example/twilio/inbound", Map.of("Body", "Hi"));
 * }</pre>
 */
public final class TwilioSignatures {

    private static final String HMAC_SHA1 = "HmacSHA1";

    private final SecretKeySpec key;

    private TwilioSignatures(String authToken) {
        this.key = new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), HMAC_SHA1);
    }

    /** Signatures keyed by this auth token. */
    public static TwilioSignatures forAuthToken(String authToken) {
        Objects.requireNonNull(authToken, "authToken");
        if (authToken.isEmpty()) {
            throw new IllegalArgumentException("An auth token to sign webhooks with cannot be empty");
        }
        return new TwilioSignatures(authToken);
    }

    /** The signature of a form webhook with one value per parameter. */
    public String sign(String url, Map<String, String> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value == null ? "" : value));
        return hmac(data.toString());
    }

    /**
     * The signature of a form webhook whose parameters may repeat ({@code MediaUrl=a&MediaUrl=b}): a
     * repeated name is appended once per value, values in sorted order.
     */
    public String signMultiValued(String url, Map<String, List<String>> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, values) -> {
            List<String> sorted = new ArrayList<>(values);
            sorted.sort(null);
            sorted.forEach(value -> data.append(name).append(value));
        });
        return hmac(data.toString());
    }

    /**
     * The signature of a JSON webhook: over the URL alone, which must already carry the body's
     * {@code bodySHA256} (see {@link #withBodySha256(String, String)}).
     */
    public String signJson(String urlWithBodySha256) {
        if (!urlWithBodySha256.contains("bodySHA256=")) {
            throw new IllegalArgumentException(
                    "A JSON webhook URL carries bodySHA256; build it with withBodySha256(url, body): "
                            + urlWithBodySha256);
        }
        return hmac(urlWithBodySha256);
    }

    /** The URL with {@code bodySHA256=<hex SHA-256 of the UTF-8 body>} appended to its query. */
    public static String withBodySha256(String url, String body) {
        String separator = url.contains("?") ? "&" : "?";
        return url + separator + "bodySHA256=" + URLEncoder.encode(bodySha256(body), StandardCharsets.UTF_8);
    }

    /** The lower-case hex SHA-256 of the UTF-8 body, as Twilio puts in {@code bodySHA256}. */
    public static String bodySha256(String body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK provides SHA-256", e);
        }
    }

    private String hmac(String data) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA1);
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every JDK provides HmacSHA1", e);
        }
    }
}
