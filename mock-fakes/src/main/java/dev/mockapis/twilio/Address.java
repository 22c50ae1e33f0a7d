package dev.mockapis.twilio;

import java.util.regex.Pattern;

/**
 * A message address as Twilio reads it: an E.164 number, a short code or an alphanumeric sender ID,
 * optionally behind a channel prefix such as {@code whatsapp:}.
 *
 * @param raw the value as sent
 * @param channel {@code sms} or {@code whatsapp}
 * @param value the address without its channel prefix
 */
record Address(String raw, String channel, String value) {

    static final String SMS = "sms";
    static final String WHATSAPP = "whatsapp";

    private static final String WHATSAPP_PREFIX = "whatsapp:";
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");
    private static final Pattern SHORT_CODE = Pattern.compile("\\d{5,6}");
    private static final Pattern ALPHANUMERIC_SENDER = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}");

    static Address parse(String raw) {
        String trimmed = raw.trim();
        if (trimmed.regionMatches(true, 0, WHATSAPP_PREFIX, 0, WHATSAPP_PREFIX.length())) {
            return new Address(raw, WHATSAPP, trimmed.substring(WHATSAPP_PREFIX.length()));
        }
        return new Address(raw, SMS, trimmed);
    }

    boolean isWhatsApp() {
        return WHATSAPP.equals(channel);
    }

    boolean isE164() {
        return E164.matcher(value).matches();
    }

    /** Whether it can receive a message: an E.164 number. */
    boolean isValidRecipient() {
        return isE164();
    }

    /** Whether it can send: an E.164 number, or for SMS a short code or alphanumeric sender ID. */
    boolean isValidSender() {
        if (isWhatsApp()) {
            return isE164();
        }
        return isE164()
                || SHORT_CODE.matcher(value).matches()
                || ALPHANUMERIC_SENDER.matcher(value).matches();
    }

    /** {@code whatsapp:+1555...} as Twilio writes it back: canonical prefix, trimmed number. */
    String canonical() {
        return isWhatsApp() ? WHATSAPP_PREFIX + value : value;
    }
}
