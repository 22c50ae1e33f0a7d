package dev.mockapis.twilio;

import com.twilio.http.TwilioRestClient;
import dev.mockapis.core.FakeServer;
import dev.mockapis.fixtures.SteppingClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Twilio fake on a loopback port, the official SDK pointed at it, and a raw HTTP client for wire checks.
 * Registered as a static extension, it serves a whole class: reset before each test (with the WhatsApp
 * windows it was asked to open opened again), closed after the last.
 */
final class TwilioTestFixture implements AutoCloseable, BeforeEachCallback, AfterAllCallback {

    static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    static final String AUTH_TOKEN = "f00dfeedf00dfeedf00dfeedf00dfeed";
    /** A two-digit day, so the RFC 2822 dates show the zero padding twilio-java's parser needs. */
    static final Instant START = Instant.parse("2024-03-05T09:08:07Z");

    final SteppingClock clock = new SteppingClock(START);
    final TwilioFake fake = new TwilioFake(ACCOUNT_SID, AUTH_TOKEN, clock);
    final FakeServer server = FakeServer.start(fake);
    final RedirectingTwilioHttpClient sdkHttp = new RedirectingTwilioHttpClient(server.baseUrl());
    final TwilioRestClient client = new TwilioRestClient.Builder(ACCOUNT_SID, AUTH_TOKEN)
            .httpClient(sdkHttp)
            .build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String[]> openWindows = new ArrayList<>();

    /** Opens the customer's 24-hour window with the business sender before each test, as an inbound would. */
    TwilioTestFixture openingWindow(String customer, String business) {
        openWindows.add(new String[] {customer, business});
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
        openWindows.forEach(window -> fake.receiveInbound(window[0], window[1]));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    TwilioRestClient clientWith(String username, String password) {
        return new TwilioRestClient.Builder(username, password)
                .httpClient(sdkHttp)
                .build();
    }

    /** A fresh fake: default scenario, no messages or callbacks, the clock back at {@link #START}. */
    void reset() {
        clock.set(START);
        server.reset();
    }

    String messagesPath() {
        return "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", basic(ACCOUNT_SID, AUTH_TOKEN))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    HttpResponse<String> postForm(String path, String form) {
        return send("POST", path, "application/x-www-form-urlencoded", form);
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        sdkHttp.close();
        server.close();
    }
}
