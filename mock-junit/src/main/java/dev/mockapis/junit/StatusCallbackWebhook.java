package dev.mockapis.junit;

import dev.mockapis.twilio.StatusCallbackParams;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message status callback as Twilio posts it to the {@code StatusCallback} URL of a message the
 * application sent, built from {@link TwilioWebhooks}.
 *
 * <pre>{@code
 * SignedWebhook undelivered = webhooks.statusCallback(sid, "undelivered").errorCode("30008")
 *         .to("whatsapp:+15551234567")
 *         .postedTo("http://localhost:8080/twilio/status");
 * }</pre>
 */
public final class StatusCallbackWebhook {

    private final TwilioWebhooks webhooks;
    private final String messageSid;
    private final String status;
    private String from = TwilioWebhooks.SANDBOX_NUMBER;
    private String to = "whatsapp:+15551234567";
    private @Nullable String errorCode;

    StatusCallbackWebhook(TwilioWebhooks webhooks, String messageSid, String status) {
        this.webhooks = webhooks;
        this.messageSid = Objects.requireNonNull(messageSid, "messageSid");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** The sender: the application's number; Twilio's WhatsApp sandbox number by default. */
    public StatusCallbackWebhook from(String number) {
        this.from = Objects.requireNonNull(number, "number");
        return this;
    }

    /** The recipient; {@code whatsapp:+15551234567} by default. */
    public StatusCallbackWebhook to(String number) {
        this.to = Objects.requireNonNull(number, "number");
        return this;
    }

    /** The delivery error, such as {@code 30008}, for {@code failed} and {@code undelivered}. */
    public StatusCallbackWebhook errorCode(String code) {
        this.errorCode = Objects.requireNonNull(code, "code");
        return this;
    }

    /**
     * The webhook Twilio would post to this URL of the application, signed for it.
     *
     * @param url the absolute URL, such as {@code http://localhost:8080/twilio/status}
     */
    public SignedWebhook postedTo(String url) {
        return postedTo(URI.create(url));
    }

    /** The webhook Twilio would post to this URL of the application; see {@link #postedTo(String)}. */
    public SignedWebhook postedTo(URI url) {
        Map<String, String> params = StatusCallbackParams.of(
                messageSid, status, errorCode, from, to, webhooks.accountSid(), TwilioWebhooks::sid);
        return webhooks.webhook(url, params);
    }
}
