package dev.mockapis.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.security.RequestValidator;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Webhook signatures computed here, checked by twilio-java's own {@link RequestValidator}. */
class TwilioSignaturesTests {

    private static final String TOKEN = "12345";
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final Map<String, String> PARAMS = Map.of(
            "Digits", "1234",
            "CallSid", "CA1234567890ABCDE",
            "To", "+18005551212",
            "Caller", "+14158675309",
            "From", "+14158675309");

    private final TwilioSignatures signatures = TwilioSignatures.forAuthToken(TOKEN);
    private final RequestValidator validator = new RequestValidator(TOKEN);

    @Test
    void theDocumentedTestVectorSignsAsTwilioSays() {
        assertThat(signatures.sign(URL, PARAMS)).isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
    }

    @Test
    void aFormSignatureIsAcceptedByTwilioJavasValidator() {
        Map<String, String> params =
                Map.of("MessageSid", "SM0123456789abcdef0123456789abcdef", "Body", "Hola 👋", "NumMedia", "0");
        String url = "https://shop.example/twilio/inbound";

        assertThat(validator.validate(url, params, signatures.sign(url, params)))
                .isTrue();
    }

    @Test
    void aChangedParameterUrlOrTokenIsRejected() {
        String signature = signatures.sign(URL, PARAMS);
        Map<String, String> tampered = new HashMap<>(PARAMS);
        tampered.put("Digits", "1235");

        assertThat(validator.validate(URL, tampered, signature)).isFalse();
        assertThat(validator.validate("https://mycompany.com/myapp.php?foo=1&bar=3", PARAMS, signature))
                .isFalse();
        assertThat(new RequestValidator("54321").validate(URL, PARAMS, signature))
                .isFalse();
    }

    @Test
    void aJsonWebhookIsSignedOverItsUrlCarryingTheBodyHash() throws URISyntaxException {
        String body = "{\"event\":\"message.delivered\",\"sid\":\"SM0123\"}";
        String url = TwilioSignatures.withBodySha256("https://shop.example/twilio/events?source=twilio", body);

        String signature = signatures.signJson(url);

        assertThat(url)
                .startsWith("https://shop.example/twilio/events?source=twilio&bodySHA256=")
                .endsWith(TwilioSignatures.bodySha256(body));
        assertThat(validator.validate(url, body, signature)).isTrue();
        assertThat(validator.validate(url, body.replace("SM0123", "SM0124"), signature))
                .as("body changed")
                .isFalse();
        assertThat(new RequestValidator("54321").validate(url, body, signature))
                .as("other token")
                .isFalse();
    }

    @Test
    void theBodyHashIsLowerCaseHexSha256() {
        assertThat(TwilioSignatures.bodySha256(""))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(TwilioSignatures.withBodySha256("https://a.example/hook", ""))
                .isEqualTo(
                        "https://a.example/hook?bodySHA256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void aJsonSignatureNeedsTheBodyHashInItsUrl() {
        assertThatThrownBy(() -> signatures.signJson("https://shop.example/twilio/events"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("withBodySha256");
    }

    @Test
    void repeatedParametersAreSignedOncePerValueInSortedOrder() {
        String url = "https://shop.example/twilio/inbound";
        Map<String, List<String>> single = Map.of("Body", List.of("Hi"), "NumMedia", List.of("0"));

        assertThat(signatures.signMultiValued(url, single))
                .isEqualTo(signatures.sign(url, Map.of("Body", "Hi", "NumMedia", "0")));
        assertThat(signatures.signMultiValued(
                        url, Map.of("MediaUrl", List.of("https://b.example/2", "https://a.example/1"))))
                .isEqualTo(signatures.signMultiValued(
                        url, Map.of("MediaUrl", List.of("https://a.example/1", "https://b.example/2"))));
    }

    @Test
    void anEmptyAuthTokenCannotSign() {
        assertThatThrownBy(() -> TwilioSignatures.forAuthToken("")).isInstanceOf(IllegalArgumentException.class);
    }
}
