package dev.mockapis.core.record;

import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Callback;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeApi;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.RequestFingerprint;
import dev.mockapis.core.ResponseBody;
import dev.mockapis.core.StandIn;
import dev.mockapis.core.record.internal.CallbackRelay;
import dev.mockapis.core.record.internal.Exchange;
import dev.mockapis.core.record.internal.Observed;
import dev.mockapis.core.record.internal.PassThrough;
import dev.mockapis.core.record.internal.PendingExchange;
import dev.mockapis.core.record.internal.RecordingWriter;
import dev.mockapis.core.record.internal.SecretScan;
import dev.mockapis.core.record.internal.UpstreamCall;
import dev.mockapis.core.record.internal.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Record mode: a {@link StandIn} that forwards each call the fake would answer to the real provider,
 * hands the client what came back (a streamed answer event by event, as the provider sends it), and
 * keeps the exchange, so that {@link #write} can save the
 * conversation as a scenario file, redacted. Calls a test's scenario scripts are not forwarded. With an
 * upstream that {@linkplain Upstream#withCallbacks calls back}, the callbacks it sends because of a call
 * go through a relay the recorder starts, are kept with that call and handed to the fake;
 * {@link #close()} stops the relay.
 *
 * <pre>{@code
 * Recorder recorder = Recorder.to(upstream, Redactions.defaults().bodyFields(List.of("to", "from")));
 * openai.standIn(recorder);
 * // ... the test talks to the fake, which talks to the provider
 * openai.standIn(null);
 * recorder.write(Path.of("src/test/resources/mockapis/recordings/OrderTests/answers/openai.yaml"), "...");
 * }</pre>
 */
public final class Recorder implements StandIn, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Recorder.class.getName());

    private final Upstream upstream;
    private final Redactions redactions;
    /** How long writing waits for a stream still being passed on to end. */
    private static final Duration STREAM_END_WAIT = Duration.ofSeconds(30);

    private final List<PendingExchange> exchanges = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    /** The calls whose callbacks go through the relay, by their exchange; guarded by {@link #exchanges}. */
    private final Map<PendingExchange, Relayed> callbacks = new IdentityHashMap<>();

    private @Nullable CallbackRelay relay;
    private boolean closed;

    private Recorder(Upstream upstream, Redactions redactions) {
        this.upstream = upstream;
        this.redactions = redactions;
    }

    /** A recorder forwarding to this upstream and redacting as given. */
    public static Recorder to(Upstream upstream, Redactions redactions) {
        return new Recorder(upstream, redactions);
    }

    @Override
    public FakeResponse answer(ApiCall call, @Nullable Directive directive, FakeApi fake) {
        if (directive != null) {
            return fake.handle(call, directive);
        }
        UpstreamCall.Opened opened;
        Relayed relayed = null;
        try {
            byte[] body = call.request().body();
            Upstream.CallbackSettings callbacks = upstream.callbacks();
            if (callbacks != null
                    && fake.sendsCallbacks()
                    && call.request().formParam(callbacks.parameter()).isPresent()) {
                relayed = new Relayed(call, fake, upstream.target());
                body = CallbackRelay.replaceParameter(
                        body, callbacks.parameter(), relay(callbacks).register(relayed::received));
            }
            opened = UpstreamCall.open(
                    upstream.target(),
                    call.request().method(),
                    call.request().target(),
                    call.request().headers(),
                    body);
            if (!opened.stream()) {
                Observed observed = UpstreamCall.readAll(upstream.target(), opened);
                PendingExchange exchange = PendingExchange.of(
                        new Exchange(call.operationId(), RequestFingerprint.of(call.request()), observed));
                keep(exchange, relayed);
                return observed.toResponse();
            }
        } catch (IOException e) {
            String problem = call.operationId() + " " + call.request().method() + " "
                    + call.request().path() + " could not reach " + upstream.baseUrl() + ": " + e;
            failures.add(problem);
            LOG.log(System.Logger.Level.WARNING, "Recording {0}: {1}", fake.name(), problem);
            throw new ProviderErrorException(ProviderError.of(502, "upstream_unreachable", "Recording: " + problem));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderErrorException(
                    ProviderError.of(503, "upstream_interrupted", "Recording: interrupted while calling " + upstream));
        }
        // A stream goes on to the client event by event as the upstream sends it; its place among the
        // exchanges is taken now, so that the recording keeps the order in which calls were answered.
        PassThrough stream = new PassThrough(
                upstream.target(), opened, call.operationId(), RequestFingerprint.of(call.request()), broken -> {
                    failures.add(broken);
                    LOG.log(System.Logger.Level.WARNING, "Recording {0}: {1}", fake.name(), broken);
                });
        keep(stream.exchange(), relayed);
        return new FakeResponse(opened.status(), opened.headers(), new ResponseBody.LiveEventStream(stream));
    }

    private void keep(PendingExchange exchange, @Nullable Relayed relayed) {
        synchronized (exchanges) {
            exchanges.add(exchange);
            if (relayed != null) {
                relayed.answered();
                callbacks.put(exchange, relayed);
            }
        }
    }

    /** The relay the upstream's callbacks go to, started with the first call that asks for callbacks. */
    private synchronized CallbackRelay relay(Upstream.CallbackSettings settings) throws IOException {
        if (closed) {
            throw new IOException("the recorder is closed, and its callback relay with it");
        }
        if (relay == null) {
            relay = CallbackRelay.start(settings.port(), settings.publicUrl());
        }
        return relay;
    }

    /**
     * Stops the relay that took the upstream's callbacks, if one was started: callbacks that come later
     * are not recorded. Writing the recording is still possible.
     */
    @Override
    public synchronized void close() {
        closed = true;
        if (relay != null) {
            relay.close();
        }
    }

    /** How many calls were forwarded and answered. */
    public int exchanges() {
        return exchanges.size();
    }

    /**
     * What could not be recorded whole, for the test's report: calls that could not be forwarded, and
     * streams the upstream broke off, each saying how many events arrived. A recording written anyway
     * keeps what arrived; with any of these it is incomplete.
     */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    /**
     * The recording as the text of a YAML scenario file: redacted, then checked.
     *
     * @param description the file's description line, such as where and by which test it was recorded
     * @throws IllegalStateException when it would still contain a secret, saying which and on which line
     */
    public String render(String description) {
        List<Exchange> snapshot = completed();
        String text = Yaml.write(
                new RecordingWriter(redactions::redactsHeader, redactions::redactsField).tree(description, snapshot));
        text = SecretScan.replace(text, upstream.secrets());
        List<SecretScan.Labelled> secrets = new ArrayList<>();
        for (int i = 0; i < upstream.secrets().size(); i++) {
            secrets.add(new SecretScan.Labelled(
                    upstream.secrets().get(i), "a credential of the upstream (#" + (i + 1) + ")"));
        }
        List<String> configured = List.copyOf(redactions.secrets());
        for (int i = 0; i < configured.size(); i++) {
            secrets.add(new SecretScan.Labelled(configured.get(i), "configured secret #" + (i + 1)));
        }
        Optional<String> leak = SecretScan.findLeak(text, secrets);
        if (leak.isPresent()) {
            throw new IllegalStateException("The recording would contain " + leak.get()
                    + ", so it was not written. Redact the field that carries it (body fields: "
                    + "mockapis.<api>.record.redact-fields; headers: mockapis.<api>.record.redact-headers).");
        }
        return text;
    }

    /**
     * Writes the recording, replacing any earlier one at that path.
     *
     * @throws IllegalStateException when it would contain a secret; nothing is written then
     * @throws UncheckedIOException when the file cannot be written
     */
    public void write(Path file, String description) {
        String text = render(description);
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the recording " + file, e);
        }
    }

    /**
     * The exchanges in the order they were answered, waiting for streams still on their way to the
     * client; one that does not end in time is taken as far as it got.
     */
    private List<Exchange> completed() {
        List<PendingExchange> pending;
        synchronized (exchanges) {
            pending = List.copyOf(exchanges);
        }
        List<Exchange> result = new ArrayList<>();
        for (PendingExchange exchange : pending) {
            try {
                if (!exchange.isComplete()) {
                    LOG.log(System.Logger.Level.INFO, "Recording: waiting for a stream to end before writing");
                }
                Exchange complete = exchange.await(STREAM_END_WAIT);
                Relayed relayed;
                synchronized (exchanges) {
                    relayed = callbacks.get(exchange);
                }
                result.add(relayed == null ? complete : complete.withCallbacks(relayed.seen()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for a recorded stream to end", e);
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return "recorder to " + upstream.baseUrl() + " (" + exchanges() + " exchanges)";
    }

    /**
     * A call that asked for callbacks: each one the relay gets is kept, with the time since the call was
     * answered or since the callback before, and handed to the fake, which sends it on to the application.
     */
    private static final class Relayed {
        private final ApiCall call;
        private final FakeApi fake;
        private final UpstreamCall.Target upstream;
        private final List<Callback> seen = new ArrayList<>();
        private long last = System.nanoTime();

        Relayed(ApiCall call, FakeApi fake, UpstreamCall.Target upstream) {
            this.call = call;
            this.fake = fake;
            this.upstream = upstream;
        }

        synchronized void answered() {
            last = System.nanoTime();
        }

        void received(Map<String, String> real) {
            Map<String, String> params = new LinkedHashMap<>();
            real.forEach((name, value) -> params.put(name, UpstreamCall.toFake(upstream, value)));
            Callback callback;
            synchronized (this) {
                long now = System.nanoTime();
                callback = new Callback(params, Duration.ofMillis(Math.max(0, now - last) / 1_000_000));
                last = now;
                seen.add(callback);
            }
            fake.sendCallbacks(call, List.of(callback));
        }

        synchronized List<Callback> seen() {
            return List.copyOf(seen);
        }
    }
}
