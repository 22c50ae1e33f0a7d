package dev.mockapis.sample.webhook;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a reply into Twilio messages of at most 1,600 characters (Twilio refuses longer bodies with
 * 21617), at a paragraph, line or word boundary where one is near, and never inside a surrogate pair.
 * A reply too long for {@link #MAX_PARTS} messages is shortened, its last part ending in an ellipsis.
 */
final class ReplySplitter {

    /** Twilio's limit for one message body. */
    static final int PART_LIMIT = 1600;

    /** The most messages one reply goes out as. */
    static final int MAX_PARTS = 10;

    /** The longest reply kept whole, which is also the longest reply stored. */
    static final int MAX_REPLY = PART_LIMIT * MAX_PARTS;

    private static final String ELLIPSIS = "…";

    private ReplySplitter() {}

    /** The reply shortened to what is stored and sent, ending in an ellipsis when it was cut. */
    static String shortened(String reply) {
        return reply.length() <= MAX_REPLY
                ? reply
                : cutBefore(reply, MAX_REPLY - ELLIPSIS.length()).strip() + ELLIPSIS;
    }

    /** The parts the reply goes out as, in order; a blank reply is one part. */
    static List<String> split(String reply) {
        List<String> parts = new ArrayList<>();
        String rest = reply.strip();
        while (rest.length() > PART_LIMIT && parts.size() < MAX_PARTS - 1) {
            int end = breakBefore(rest, PART_LIMIT);
            parts.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        if (rest.length() > PART_LIMIT) {
            rest = cutBefore(rest, PART_LIMIT - ELLIPSIS.length()).strip() + ELLIPSIS;
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    // the end of the first part: after the last paragraph, line or space break in its second half, else the hard limit
    private static int breakBefore(String text, int limit) {
        for (String separator : List.of("\n\n", "\n", " ")) {
            int at = text.lastIndexOf(separator, limit - separator.length());
            if (at >= limit / 2) {
                return at + separator.length();
            }
        }
        return cutBefore(text, limit).length();
    }

    private static String cutBefore(String text, int limit) {
        int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
        return text.substring(0, end);
    }
}
