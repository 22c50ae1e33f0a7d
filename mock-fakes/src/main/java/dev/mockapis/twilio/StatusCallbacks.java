package dev.mockapis.twilio;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The status callbacks Twilio would have sent so far, oldest first: one per status change after
 * creation (never for the initial status; {@code canceled} included), for messages created with a
 * {@code StatusCallback} URL.
 * Thread-safe.
 *
 * <p>Parameters, in the order Twilio sends them: {@code ErrorCode} (failed/undelivered), {@code SmsSid},
 * {@code SmsStatus}, {@code MessageStatus}, {@code To}, {@code MessagingServiceSid} (when one was used),
 * {@code MessageSid}, {@code AccountSid}, {@code From}, {@code ApiVersion}; SMS delivery receipts add
 * {@code RawDlrDoneDate}; a WhatsApp message refused outside the 24-hour window (63016) carries an empty
 * {@code ErrorMessage}; WhatsApp adds {@code ChannelToAddress} (the number with its last four digits
 * masked, as Twilio does), {@code ChannelPrefix}, {@code ChannelInstallSid}, {@code EventType} for
 * delivered/undelivered and {@code ChannelStatusMessage} on failures.
 */
final class StatusCallbacks {

    private static final DateTimeFormatter RAW_DLR_DONE_DATE =
            DateTimeFormatter.ofPattern("yyMMddHHmm").withZone(ZoneOffset.UTC);

    private final String channelInstallSid;
    private final List<StatusCallback> pending = new ArrayList<>();

    StatusCallbacks(String channelInstallSid) {
        this.channelInstallSid = channelInstallSid;
    }

    /** Queues the callback for a message that has just reached its current status. */
    synchronized void statusChanged(StoredMessage message, Instant now) {
        String url = message.request().statusCallback();
        if (url != null) {
            pending.add(new StatusCallback(url, params(message, now)));
        }
    }

    synchronized List<StatusCallback> pending() {
        return List.copyOf(pending);
    }

    synchronized List<StatusCallback> take() {
        List<StatusCallback> taken = List.copyOf(pending);
        pending.clear();
        return taken;
    }

    synchronized void clear() {
        pending.clear();
    }

    private Map<String, String> params(StoredMessage message, Instant now) {
        String status = message.status().wire();
        MessageStatus current = message.status();
        boolean whatsApp = message.isWhatsApp();
        Integer errorCode = message.currentErrorCode();
        Map<String, String> params = new LinkedHashMap<>();
        if (whatsApp && (current == MessageStatus.DELIVERED || current == MessageStatus.UNDELIVERED)) {
            params.put("EventType", current.name());
        }
        if (errorCode != null) {
            params.put("ErrorCode", errorCode.toString());
            if (errorCode == Lifecycle.OUTSIDE_WINDOW) {
                // Twilio sends the parameter for this failure, but empty: the reason is only in the code
                params.put("ErrorMessage", "");
            }
        }
        params.put("SmsSid", message.sid());
        params.put("SmsStatus", status);
        params.put("MessageStatus", status);
        if (whatsApp) {
            params.put("ChannelToAddress", masked(message.request().to().value()));
        }
        params.put("To", message.to());
        if (whatsApp) {
            params.put("ChannelPrefix", Address.WHATSAPP);
        }
        if (message.request().messagingServiceSid() != null) {
            params.put("MessagingServiceSid", message.request().messagingServiceSid());
        }
        params.put("MessageSid", message.sid());
        params.put("AccountSid", message.accountSid());
        if (message.from() != null) {
            params.put("From", message.from());
        }
        params.put("ApiVersion", MessageJson.API_VERSION);
        if (whatsApp) {
            params.put("ChannelInstallSid", channelInstallSid);
            if (errorCode != null) {
                params.put("ChannelStatusMessage", TwilioErrors.deliveryErrorMessage(errorCode));
            }
        } else if (current == MessageStatus.DELIVERED || current == MessageStatus.UNDELIVERED) {
            params.put("RawDlrDoneDate", RAW_DLR_DONE_DATE.format(now));
        }
        return params;
    }

    private static String masked(String number) {
        return number.length() <= 4 ? number : number.substring(0, number.length() - 4) + "XXXX";
    }
}
