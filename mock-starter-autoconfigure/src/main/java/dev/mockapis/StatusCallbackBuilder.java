package dev.mockapis;

import dev.mockapis.twilio.StatusCallbackParams;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A message status callback as Twilio posts it to the {@code StatusCallback} URL of a message the
 * application sent, built from a {@link TwilioWebhookSimulator}.
 *
 * <pre>{@code
 * mockMvc.perform(simulator.statusCallback(sid, "undelivered").errorCode("30008")
 *         .from("whatsapp:+14155238886").to("whatsapp:+15551234567")
 *         .postedTo("/twilio/status").request());
 * }</pre>
 */
@NullMarked
public final class StatusCallbackBuilder {

    private final TwilioWebhookSimulator simulator;
    private final String messageSid;
    private final String status;
    private String from = TwilioWebhookSimulator.SANDBOX_NUMBER;
    private String to = "whatsapp:+15551234567";
    private @Nullable String errorCode;

    StatusCallbackBuilder(TwilioWebhookSimulator simulator, String messageSid, String status) {
        this.simulator = simulator;
        this.messageSid = Objects.requireNonNull(messageSid, "messageSid");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** The sender: the application's number. */
    public StatusCallbackBuilder from(String number) {
        this.from = number;
        return this;
    }

    /** The recipient. */
    public StatusCallbackBuilder to(String number) {
        this.to = number;
        return this;
    }

    /** The delivery error, such as {@code 30008}, for {@code failed} and {@code undelivered}. */
    public StatusCallbackBuilder errorCode(String code) {
        this.errorCode = code;
        return this;
    }

    /** The webhook Twilio would post to this path of the application. */
    public TwilioWebhook postedTo(String path) {
        Map<String, String> params = StatusCallbackParams.of(
                messageSid, status, errorCode, from, to, simulator.accountSid(), simulator::sid);
        return simulator.webhook(path, params);
    }
}
