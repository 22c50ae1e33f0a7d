package dev.mockapis.sample.demo;

import java.util.Map;

/** What the Twilio error codes the demo can show mean, in the words of Twilio's error reference. */
final class TwilioErrors {

    private static final Map<Integer, String> MEANINGS = Map.of(
            30003, "Unreachable destination handset",
            30005, "Unknown destination handset",
            30006, "Landline or unreachable carrier",
            30007, "Message filtered",
            30008, "Unknown error",
            63016, "Outside messaging window. For WhatsApp, use a Message Template instead",
            21617, "The concatenated message body exceeds the 1600 character limit");

    private TwilioErrors() {}

    static String meaning(int code) {
        return MEANINGS.getOrDefault(code, "See Twilio's error reference");
    }
}
