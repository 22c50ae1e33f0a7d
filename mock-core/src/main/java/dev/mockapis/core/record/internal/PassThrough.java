package dev.mockapis.core.record.internal;

import dev.mockapis.core.RequestFingerprint;
import dev.mockapis.core.ResponseBody;
import dev.mockapis.core.ServerSentEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An upstream's event stream on its way to the client: each event handed over as it arrives and kept
 * with its timing; the exchange is complete when the stream ends, breaks off or the client leaves.
 */
public final class PassThrough implements ResponseBody.EventSource {

    private final EventReader reader;
    private final InputStream in;
    private final UpstreamCall.Opened opened;
    private final String operation;
    private final RequestFingerprint request;
    private final List<TimedEvent> events = new ArrayList<>();
    private final PendingExchange pending;

    /**
     * @param opened the upstream's answer, its event stream not yet read
     * @param operation the operation id
     * @param request what replay will compare
     */
    public PassThrough(
            UpstreamCall.Target upstream, UpstreamCall.Opened opened, String operation, RequestFingerprint request) {
        this.in = opened.body();
        this.reader = new EventReader(upstream, in, opened.sent());
        this.opened = opened;
        this.operation = operation;
        this.request = request;
        this.pending = new PendingExchange(this::soFar);
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
