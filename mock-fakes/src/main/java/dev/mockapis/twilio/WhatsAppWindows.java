package dev.mockapis.twilio;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WhatsApp's 24-hour customer-service windows: per business sender and customer, when the customer's
 * last message arrived. A freeform message may go out while {@code now} is less than 24 hours after it.
 * Addresses are compared as Twilio writes them back ({@code whatsapp:+E164}).
 */
final class WhatsAppWindows {

    static final Duration LENGTH = Duration.ofHours(24);

    private final Map<Key, Instant> lastInbound = new ConcurrentHashMap<>();

    /** A message from the customer reached the business sender: the window opens, or starts again. */
    void inbound(Address customer, Address business, Instant at) {
        if (customer.isWhatsApp() && business.isWhatsApp()) {
            lastInbound.put(new Key(business.canonical(), customer.canonical()), at);
        }
    }

    /** When the window between them closes, if one was ever opened. */
    Optional<Instant> closesAt(Address customer, Address business) {
        return Optional.ofNullable(lastInbound.get(new Key(business.canonical(), customer.canonical())))
                .map(opened -> opened.plus(LENGTH));
    }

    boolean isOpen(Address customer, Address business, Instant now) {
        return closesAt(customer, business).map(now::isBefore).orElse(false);
    }

    void clear() {
        lastInbound.clear();
    }

    private record Key(String business, String customer) {}
}
