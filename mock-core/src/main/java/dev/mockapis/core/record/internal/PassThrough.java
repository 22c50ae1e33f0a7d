package dev.mockapis.core.record.internal;

import dev.mockapis.core.RequestFingerprint;
import dev.mockapis.core.ResponseBody;
import dev.mockapis.core.ServerSentEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An upstream's event stream on its way to the client: each event handed over as it arrives and kept
 * with its timing; the exchange is complete when the stream ends, breaks off or the client leaves. An
 * upstream that breaks its stream off is reported, with what was kept, as the recording is incomplete.
 */
public final class PassThrough implements ResponseBody.EventSource {

    private final EventReader reader;
    private final InputStream in;
    private final UpstreamCall.Opened opened;
    private final String operation;
    private final RequestFingerprint request;
    private final List<TimedEvent> events = new ArrayList<>();
    private final PendingExchange pending;
    private final Consumer<String> breaks;

    /**
     * @param opened the upstream's answer, its event stream not yet read
     * @param operation the operation id
     * @param request what replay will compare
     * @param breaks told, once, when the upstream breaks the stream off: which call, after how many events
     */
    public PassThrough(
            UpstreamCall.Target upstream,
            UpstreamCall.Opened opened,
            String operation,
            RequestFingerprint request,
            Consumer<String> breaks) {
        this.in = opened.body();
        this.reader = new EventReader(upstream, in, opened.sent());
        this.opened = opened;
        this.operation = operation;
        this.request = request;
        this.pending = new PendingExchange(this::soFar);
        this.breaks = breaks;
    }

    /** The exchange, complete once the stream is over. */
    public PendingExchange exchange() {
        return pending;
    }

    @Override
    public ServerSentEvent next() throws IOException {
        TimedEvent event;
        try {
            event = reader.next();
        } catch (IOException e) {
            if (!pending.isComplete()) {
                breaks.accept(broken(e));
            }
            finish();
            throw e;
        }
        if (event == null) {
            finish();
            return null;
        }
        synchronized (events) {
            events.add(event);
        }
        return event.event();
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // the upstream connection is being given up anyway
        }
        finish();
    }

    private String broken(IOException e) {
        int kept;
        synchronized (events) {
            kept = events.size();
        }
        return operation + " " + request.method() + " " + request.target()
                + ": the upstream broke its stream off after "
                + kept + (kept == 1 ? " event" : " events") + " ("
                + (e.getMessage() == null ? "connection lost" : e.getMessage())
                + "); the recording keeps what arrived and is incomplete";
    }

    private void finish() {
        pending.complete(soFar());
    }

    private Exchange soFar() {
        synchronized (events) {
            return new Exchange(
                    operation, request, new Observed(opened.status(), opened.headers(), new byte[0], events));
        }
    }
}
