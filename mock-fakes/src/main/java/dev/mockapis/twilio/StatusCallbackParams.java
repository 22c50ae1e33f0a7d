package dev.mockapis.twilio;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of a message status callback as Twilio posts them, in Twilio's order: what every
 * status-callback builder shares, whichever way the webhook then reaches the application.
 */
public final class StatusCallbackParams {

    private StatusCallbackParams() {}

    /**
     * The parameters of one callback.
     *
     * @param messageSid the message whose status changed
     * @param status its new status, such as {@code delivered}
     * @param errorCode Twilio's error code, or {@code null} for none
     * @param from the sender, the application's number
     * @param to the recipient; a {@code whatsapp:} address adds WhatsApp's channel parameters
     * @param accountSid the account the message belongs to
     * @param newSid makes a SID of the given prefix (the WhatsApp channel install's {@code XE})
     */
    public static Map<String, String> of(
            String messageSid,
            String status,
            @Nullable String errorCode,
            String from,
            String to,
            String accountSid,
            Function<String, String> newSid) {
        Map<String, String> params = new LinkedHashMap<>();
        if (errorCode != null) {
            params.put("ErrorCode", errorCode);
        }
        params.put("SmsSid", messageSid);
        params.put("SmsStatus", status);
        params.put("MessageStatus", status);
        if (to.startsWith("whatsapp:")) {
            params.put("ChannelToAddress", to.substring("whatsapp:".length()));
            params.put("ChannelPrefix", "whatsapp");
            params.put("ChannelInstallSid", newSid.apply("XE"));
        }
        params.put("To", to);
        params.put("MessageSid", messageSid);
        params.put("AccountSid", accountSid);
        params.put("From", from);
        params.put("ApiVersion", "2010-04-01");
        return params;
    }
}
