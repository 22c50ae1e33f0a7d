package dev.mockapis.core.record.internal;

import dev.mockapis.core.internal.FormEncoding;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * Where record mode has the provider send its callbacks: a URL per call that asked for them, under a
 * random path only the provider was given, each form-encoded callback handed to that call's receiver.
 * Listens on loopback; a provider outside this machine reaches it through a public URL (a tunnel).
 */
public final class CallbackRelay implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final String secretPath = HexFormat.of().formatHex(randomBytes());
    private final String publicBase;
    private final AtomicInteger slots = new AtomicInteger();
    private final Map<String, Consumer<Map<String, String>>> receivers = new ConcurrentHashMap<>();

    private CallbackRelay(int port, @Nullable String publicUrl) throws IOException {
        server.setDispatcher(new Relaying());
        server.start(InetAddress.getLoopbackAddress(), port);
        String base = publicUrl != null
                ? publicUrl
                : "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getPort();
        this.publicBase = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /**
     * Starts a relay.
     *
     * @param port its loopback port, 0 for any free one
     * @param publicUrl how the provider reaches it, or {@code null} for its loopback address
     * @throws IOException when it cannot listen on that port
     */
    public static CallbackRelay start(int port, @Nullable String publicUrl) throws IOException {
        return new CallbackRelay(port, publicUrl);
    }

    /** A URL of its own for one call's callbacks, each handed to the receiver as its form parameters, in order. */
    public String register(Consumer<Map<String, String>> receiver) {
        String slot = Integer.toString(slots.incrementAndGet());
        receivers.put(slot, receiver);
        return publicBase + "/" + secretPath + "/" + slot;
    }

    @Override
    public void close() {
        server.close();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    /** Answers as an application does that took the callback: 204, whatever the provider sends. */
    private final class Relaying extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            while (server.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
                // MockWebServer keeps every request unless taken; the receivers keep what matters
            }
            String prefix = "/" + secretPath + "/";
            String target = request.getTarget();
            String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
            Consumer<Map<String, String>> receiver =
                    path.startsWith(prefix) ? receivers.get(path.substring(prefix.length())) : null;
            if (receiver == null) {
                return new MockResponse.Builder().code(404).build();
            }
            if (!request.getMethod().equals("POST")) {
                return new MockResponse.Builder()
                        .code(405)
                        .addHeader("Allow", "POST")
                        .build();
            }
            ByteString body = request.getBody();
            Map<String, String> params = new LinkedHashMap<>();
            FormEncoding.parse(body == null ? "" : body.string(StandardCharsets.UTF_8))
                    .forEach((name, values) -> params.put(name, values.get(values.size() - 1)));
            try {
                receiver.accept(params);
            } catch (RuntimeException e) {
                // MockWebServer would leave the connection unanswered; the provider sees a failed callback
                return new MockResponse.Builder().code(500).build();
            }
            return new MockResponse.Builder().code(204).build();
        }
    }

    /** The form body with a parameter's values replaced by one value, or the body as it was when it has none. */
    public static byte[] replaceParameter(byte[] form, String name, String value) {
        Map<String, List<String>> params = FormEncoding.parse(new String(form, StandardCharsets.UTF_8));
        if (!params.containsKey(name)) {
            return form;
        }
        Map<String, List<String>> replaced = new LinkedHashMap<>(params);
        replaced.put(name, List.of(value));
        return FormEncoding.encode(replaced).getBytes(StandardCharsets.UTF_8);
    }
}
