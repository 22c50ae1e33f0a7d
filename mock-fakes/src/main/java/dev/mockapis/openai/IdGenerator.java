package dev.mockapis.openai;

import dev.mockapis.core.internal.IdSequence;

/** Ids in OpenAI's formats ({@code asst_}, {@code thread_}, {@code chatcmpl-}, {@code resp_}...), from an {@link IdSequence}. */
final class IdGenerator {

    private static final String ALPHANUMERIC = IdSequence.BASE62;
    private static final String HEX = IdSequence.HEX;

    private final IdSequence ids;

    IdGenerator(IdSequence ids) {
        this.ids = ids;
    }

    /** A generator of the same kind whose ids are thrown away: using it never advances this one. */
    IdGenerator scratch() {
        return new IdGenerator(ids.scratch());
    }

    String assistant() {
        return ids.next("asst_", ALPHANUMERIC, 24);
    }

    String thread() {
        return ids.next("thread_", ALPHANUMERIC, 24);
    }

    String threadMessage() {
        return ids.next("msg_", ALPHANUMERIC, 24);
    }

    String run() {
        return ids.next("run_", ALPHANUMERIC, 24);
    }

    String step() {
        return ids.next("step_", ALPHANUMERIC, 24);
    }

    String toolCall() {
        return ids.next("call_", ALPHANUMERIC, 24);
    }

    String chatCompletion() {
        return ids.next("chatcmpl-", ALPHANUMERIC, 29);
    }

    String response() {
        return ids.next("resp_", HEX, 48);
    }

    String conversation() {
        return ids.next("conv_", HEX, 48);
    }

    String messageItem() {
        return ids.next("msg_", HEX, 48);
    }

    String functionCallItem() {
        return ids.next("fc_", HEX, 48);
    }

    /** An id of another kind: the prefix, then {@code length} characters of the alphabet. */
    String next(String prefix, String alphabet, int length) {
        return ids.next(prefix, alphabet, length);
    }

    String request() {
        return ids.next("req_", HEX, 32);
    }

    void reset() {
        ids.reset();
    }
}
