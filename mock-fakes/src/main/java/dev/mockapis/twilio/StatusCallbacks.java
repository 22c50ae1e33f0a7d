package dev.mockapis.twilio;

import dev.mockapis.core.internal.IdSequence;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
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
    private final IdSequence idempotencyTokens;
    private final List<Queued> queue = new ArrayList<>();
    private final Map<String, CallbackChaos> chaos = new HashMap<>();
    private int deliveries;

    /** A callback waiting to be taken: due once the clock reaches {@code dueAt} and deliveries reach {@code dueDelivery}. */
    private record Queued(StatusCallback callback, Instant dueAt, int dueDelivery, boolean copy) {}

    StatusCallbacks(String channelInstallSid, IdSequence idempotencyTokens) {
        this.channelInstallSid = channelInstallSid;
        this.idempotencyTokens = idempotencyTokens;
    }

    /** How the callbacks of a message are to reach the application, from its creation on. */
    synchronized void chaos(String messageSid, CallbackChaos howTheyArrive) {
        chaos.put(messageSid, howTheyArrive);
    }

    /** Queues the callback for a message that has just reached its current status. */
    synchronized void statusChanged(StoredMessage message, Instant now) {
        String url = message.request().statusCallback();
        if (url == null) {
            return;
        }
        StatusCallback callback = new StatusCallback(url, params(message, now), idempotencyTokens.uuid());
        CallbackChaos howTheyArrive = chaos.get(message.sid());
        if (howTheyArrive == null) {
            queue.add(new Queued(callback, now, 0, false));
            return;
        }
        Instant dueAt = now.plus(howTheyArrive.delay());
        int dueDelivery = deliveries + 1 + howTheyArrive.lateByDeliveries();
        queue.add(new Queued(callback, dueAt, dueDelivery, false));
        if (howTheyArrive.duplicated()) {
            queue.add(new Queued(callback, dueAt, dueDelivery, true));
        }
    }

    /**
     * Queues a callback a scenario step or a recording gives, due now, with its own idempotency token.
     *
     * @param url the message's {@code StatusCallback} URL
     * @param params the parameters, in the order they are sent
     */
    synchronized void given(String url, Map<String, String> params, Instant now) {
        queue.add(new Queued(new StatusCallback(url, params, idempotencyTokens.uuid()), now, 0, false));
    }

    /** Every callback queued and not yet taken, due or not, in the order they were queued. */
    synchronized List<StatusCallback> pending() {
        return queue.stream().map(Queued::callback).toList();
    }

    /**
     * Takes the callbacks due now, in the order the application receives them: queue order, except that
     * a message whose callbacks arrive out of order has them newest first, and duplicated copies come
     * after the rest. Counts as one delivery for callbacks that arrive late.
     */
    synchronized List<StatusCallback> take(Instant now) {
        deliveries++;
        List<Queued> due = new ArrayList<>();
        for (Queued queued : queue) {
            if (!queued.dueAt().isAfter(now) && queued.dueDelivery() <= deliveries) {
                due.add(queued);
            }
        }
        queue.removeAll(due);
        List<Queued> originals =
                new ArrayList<>(due.stream().filter(queued -> !queued.copy()).toList());
        List<Queued> copies = new ArrayList<>(due.stream().filter(Queued::copy).toList());
        reverseOutOfOrder(originals);
        reverseOutOfOrder(copies);
        List<StatusCallback> taken = new ArrayList<>();
        originals.forEach(queued -> taken.add(queued.callback()));
        copies.forEach(queued -> taken.add(queued.callback()));
        return taken;
    }

    synchronized void clear() {
        queue.clear();
        chaos.clear();
        deliveries = 0;
    }

    /** Within the list, each out-of-order message's callbacks trade places so that its newest comes first. */
    private void reverseOutOfOrder(List<Queued> callbacks) {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < callbacks.size(); i++) {
            String sid = callbacks.get(i).callback().messageSid();
            CallbackChaos howTheyArrive = chaos.get(sid);
            if (howTheyArrive != null && howTheyArrive.outOfOrder()) {
                positions.computeIfAbsent(sid, key -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> indexes : positions.values()) {
            List<Queued> reversed = new ArrayList<>();
            indexes.forEach(index -> reversed.add(0, callbacks.get(index)));
            for (int i = 0; i < indexes.size(); i++) {
                callbacks.set(indexes.get(i), reversed.get(i));
            }
        }
    }

    private Map<String, String> params(StoredMessage message, Instant now) {
        String status = message.status().wire();
        MessageStatus current = message.status();
        boolean whatsApp = message.isWhatsApp();
        Integer errorCode = message.currentErrorCode();
        Map<String, String> params = new LinkedHashMap<>();
        if (whatsApp
                && (current == MessageStatus.DELIVERED
                        || current == MessageStatus.UNDELIVERED
                        || current == MessageStatus.READ)) {
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
