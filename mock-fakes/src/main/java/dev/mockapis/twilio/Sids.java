package dev.mockapis.twilio;

import dev.mockapis.core.internal.IdSequence;

/**
 * Twilio-style identifiers: a two-letter prefix and 32 hex digits, from an {@link IdSequence}: random
 * like Twilio's unless the ids are seeded.
 */
final class Sids {

    private final IdSequence ids;

    Sids(IdSequence ids) {
        this.ids = ids;
    }

    String next(String prefix) {
        return ids.next(prefix, IdSequence.HEX, 32);
    }

    void reset() {
        ids.reset();
    }
}
