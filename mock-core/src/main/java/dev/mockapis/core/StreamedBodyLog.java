package dev.mockapis.core;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Passes a live event stream on and writes the events it handed over into the interaction of its
 * request once the stream is over (ended, broken off or left by the client): until then nothing is
 * known of the body. Kept text is bounded as every logged body is.
 */
final class StreamedBodyLog implements ResponseBody.EventSource {

    private final ResponseBody.EventSource source;
    private final InteractionLog log;
    private final long sequence;
    private final StringBuilder kept = new StringBuilder();
    private long length;
    private boolean closed;

    /**
     * @param sequence the interaction the stream answers
     */
    StreamedBodyLog(ResponseBody.EventSource source, InteractionLog log, long sequence) {
        this.source = source;
        this.log = log;
        this.sequence = sequence;
    }

    @Override
    public @Nullable ServerSentEvent next() throws IOException {
        ServerSentEvent event = source.next();
        if (event != null) {
            String text = event.wireFormat();
            synchronized (kept) {
                length += text.length();
                int room = InteractionLog.MAX_BODY_CHARS - kept.length();
                if (room > 0) {
                    kept.append(text, 0, Math.min(room, text.length()));
                }
            }
        }
        return event;
    }

    @Override
    public void close() {
        try {
            source.close();
        } finally {
            logBody();
        }
    }

    private void logBody() {
        String body;
        synchronized (kept) {
            if (closed) {
                return;
            }
            closed = true;
            body = InteractionLog.cut(kept, length);
        }
        log.completeResponseBody(sequence, body);
    }
}
