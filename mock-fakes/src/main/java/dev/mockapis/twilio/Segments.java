package dev.mockapis.twilio;

/**
 * How many SMS segments a body takes: GSM-7 bodies fit 160 characters in one segment and 153 per
 * segment when split; anything else is UCS-2, 70 and 67 code units.
 */
final class Segments {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    private Segments() {}

    static int count(String body) {
        if (body == null || body.isEmpty()) {
            return 1;
        }
        int gsmLength = gsmLength(body);
        if (gsmLength >= 0) {
            return gsmLength <= 160 ? 1 : (gsmLength + 152) / 153;
        }
        int units = body.length();
        return units <= 70 ? 1 : (units + 66) / 67;
    }

    /** The body's length in GSM-7 septets, or -1 when it needs UCS-2. */
    private static int gsmLength(String body) {
        int septets = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return -1;
            }
        }
        return septets;
    }
}
