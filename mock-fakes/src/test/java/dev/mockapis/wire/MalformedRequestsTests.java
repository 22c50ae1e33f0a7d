package dev.mockapis.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockapis.anthropic.AnthropicFake;
import dev.mockapis.core.FakeApi;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Route;
import dev.mockapis.core.ServerLimits;
import dev.mockapis.deepseek.DeepSeekFake;
import dev.mockapis.gemini.GeminiFake;
import dev.mockapis.openai.OpenAiFake;
import dev.mockapis.twilio.TwilioFake;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of malformed request, sent over a raw socket to every route of every fake: each gets a
 * provider-shaped 4xx within 2 s, naming no Java internals, and the fake serves normally afterwards.
 */
class MalformedRequestsTests {

    private static final Duration WITHIN = Duration.ofSeconds(2);
    private static final int BATCH = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INTERNALS = Pattern.compile(
            "java\\.|javax\\.|jackson|okhttp|okio|kotlin|mockwebserver|dev\\.mockapis|Exception|StreamReadConstraints|\\$");

    /** A malformed kind: its name, and the bytes it sends for a route's method and concrete path. */
    record Kind(String name, int status, BiFunction<String, String, String> bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Kind> KINDS = List.of(
            new Kind(
                    "bad percent-escape in the path",
                    400,
                    (method, path) -> method + " " + path + "%zz HTTP/1.1\r\nHost: fake\r\n\r\n"),
            new Kind(
                    "percent at the end of the path",
                    400,
                    (method, path) -> method + " " + path + "% HTTP/1.1\r\nHost: fake\r\n\r\n"),
            new Kind(
                    "non-numeric Content-Length",
                    400,
                    (method, path) -> method + " " + path + " HTTP/1.1\r\nHost: fake\r\nContent-Length: abc\r\n\r\n{}"),
            new Kind(
                    "conflicting Content-Length",
                    400,
                    (method, path) -> method + " " + path
                            + " HTTP/1.1\r\nHost: fake\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{} "),
            new Kind(
                    "GET with a body",
                    400,
                    (method, path) -> "GET " + path + " HTTP/1.1\r\nHost: fake\r\nContent-Length: 2\r\n\r\n{}"),
            new Kind("request target *", 400, (method, path) -> method + " * HTTP/1.1\r\nHost: fake\r\n\r\n"),
            new Kind(
                    "request target not a path",
                    400,
                    (method, path) -> method + " " + path.substring(1) + " HTTP/1.1\r\nHost: fake\r\n\r\n"),
            new Kind(
                    "header line without a colon",
                    400,
                    (method, path) -> method + " " + path + " HTTP/1.1\r\nHost fake\r\n\r\n"),
            new Kind(
                    "request line of two words", 400, (method, path) -> method + " " + path + "\r\nHost: fake\r\n\r\n"),
            new Kind(
                    "malformed chunk size",
                    400,
                    (method, path) -> "POST " + path
                            + " HTTP/1.1\r\nHost: fake\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"),
            new Kind(
                    "both Content-Length and chunked",
                    400,
                    (method, path) -> "POST " + path
                            + " HTTP/1.1\r\nHost: fake\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
            new Kind(
                    "unsupported transfer coding",
                    400,
                    (method, path) -> "POST " + path + " HTTP/1.1\r\nHost: fake\r\nTransfer-Encoding: gzip\r\n\r\n"),
            new Kind(
                    "headers started, then nothing",
                    408,
                    (method, path) -> method + " " + path + " HTTP/1.1\r\nHost: fake\r\n"),
            new Kind(
                    "body shorter than its Content-Length, then nothing",
                    408,
                    (method, path) -> "POST " + path + " HTTP/1.1\r\nHost: fake\r\nContent-Length: 10\r\n\r\n{}"));

    static Stream<FakeApi> fakes() {
        Clock clock = Clock.systemUTC();
        return Stream.of(
                new OpenAiFake(clock),
                new TwilioFake("AC0a1b2c3d4e5f60718293a4b5c6d7e8f9", "token", clock),
                new AnthropicFake(clock),
                new GeminiFake(clock),
                new DeepSeekFake(clock));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fakes")
    void everyMalformedKindOnEveryRouteGetsAProviderShaped4xxQuicklyAndTheFakeServesOn(FakeApi api) throws Exception {
        ServerLimits limits = ServerLimits.defaults().withReadTimeout(Duration.ofMillis(300));
        try (FakeServer fake = FakeServer.start(api, limits)) {
            SoftAssertions softly = new SoftAssertions();
            int sent = 0;
            List<Route> allRoutes = fake.api().routes().routes();
            for (Kind kind : KINDS) {
                for (int from = 0; from < allRoutes.size(); from += BATCH) {
                    sent += sendBatch(
                            fake, kind, allRoutes.subList(from, Math.min(allRoutes.size(), from + BATCH)), softly);
                }
            }
            softly.assertAll();
            assertThat(sent).isEqualTo(KINDS.size() * allRoutes.size());

            try (RawRequest after = RawRequest.send(
                    fake.port(), "GET /no/such/route HTTP/1.1\r\nHost: fake\r\nConnection: close\r\n\r\n")) {
                RawRequest.Answer answer = after.answer(WITHIN);
                assertThat(answer.status()).isEqualTo(404);
                assertThat(providerShaped(api.name(), 404, answer.body()))
                        .as(answer.body())
                        .isTrue();
            }
            assertThat(fake.interactions().all())
                    .singleElement()
                    .extracting(i -> i.path())
                    .isEqualTo("/no/such/route");
        }
    }

    /** Routes of one kind in parallel, so the timeout kinds cost one read timeout per batch, not one per route. */
    private static int sendBatch(FakeServer fake, Kind kind, List<Route> routes, SoftAssertions softly)
            throws Exception {
        String api = fake.api().name();
        int sent = 0;
        List<RawRequest> requests = new ArrayList<>();
        for (Route route : routes) {
            requests.add(RawRequest.send(fake.port(), kind.bytes().apply(route.method(), concrete(route))));
        }
        // every answer is read before any is checked, so the time measured is the fake's, not the assertions'
        List<RawRequest.Answer> answers = new ArrayList<>();
        for (RawRequest request : requests) {
            try (request) {
                answers.add(request.answer(WITHIN));
            }
        }
        for (int i = 0; i < answers.size(); i++) {
            RawRequest.Answer answer = answers.get(i);
            String where = api + " " + routes.get(i) + ", " + kind + ": " + answer.statusLine();
            softly.assertThat(answer.status()).as(where).isEqualTo(kind.status());
            softly.assertThat(answer.closed())
                    .as(where + " (connection closed)")
                    .isTrue();
            softly.assertThat(answer.took()).as(where + " (answer time)").isLessThan(WITHIN);
            softly.assertThat(answer.headers()).as(where).containsIgnoringCase("Content-Type: application/json");
            softly.assertThat(INTERNALS.matcher(answer.body()).find())
                    .as(where + " names internals: " + answer.body())
                    .isFalse();
            softly.assertThat(providerShaped(api, kind.status(), answer.body()))
                    .as(where + ": " + answer.body())
                    .isTrue();
            sent++;
        }
        return sent;
    }

    private static String concrete(Route route) {
        return route.path().toString().replaceAll("\\{[^}]+}", "x1");
    }

    /** The provider's own error shape, with the status in it where the provider puts one. */
    static boolean providerShaped(String api, int status, String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (Exception notJson) {
            return false;
        }
        return switch (api) {
            case "openai", "deepseek" ->
                json.path("error").path("message").isTextual()
                        && json.path("error").path("type").isTextual();
            case "anthropic" ->
                json.path("type").asText().equals("error")
                        && json.path("error").path("message").isTextual();
            case "gemini" ->
                json.path("error").path("code").asInt() == status
                        && json.path("error").path("status").isTextual();
            case "twilio" ->
                json.path("status").asInt() == status && json.path("message").isTextual() && json.has("more_info");
            default -> false;
        };
    }
}
