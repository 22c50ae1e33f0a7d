package dev.mockapis.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import dev.mockapis.core.CustomApi;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.FakeServer;
import dev.mockapis.openai.OpenAiFake;
import dev.mockapis.twilio.RedirectingTwilioHttpClient;
import dev.mockapis.twilio.TwilioFake;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.web.client.RestClient;

/**
 * Per-call latency of a fake with each client users have, and throughput, each against a bare
 * MockWebServer serving the same bytes (and WireMock) measured in the same run. Prints ratios;
 * asserts nothing. Run with {@code ./mvnw -B -Pbenchmarks -pl benchmarks -am verify -DskipTests}; {@code -Dbenchmarks=startup,memory}
 * picks sections (latency, throughput, startup, memory).
 */
public final class Benchmarks {

    static final String PAYLOAD =
            "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1700000000,\"model\":\"gpt-4o-mini\","
                    + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\""
                    + "Opening hours are nine to five. ".repeat(12)
                    + "\",\"refusal\":null},\"logprobs\":null,\"finish_reason\":\"stop\"}],"
                    + "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":96,\"total_tokens\":108}}";
    static final String SID = "AC0123456789abcdef0123456789abcdef";
    static final String TOKEN = "f00dfeedf00dfeedf00dfeedf00dfeed";

    private Benchmarks() {}

    /** Runs every benchmark and prints the report. */
    public static void main(String[] args) throws Exception {
        System.out.printf(
                Locale.ROOT,
                "MockApis benchmarks on %d cores, Java %s%n%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        String only = System.getProperty("benchmarks", "latency,throughput,startup,memory");
        List<String> chosen = List.of(only.split(","));
        if (chosen.contains("latency")) {
            latency();
        }
        if (chosen.contains("throughput")) {
            Throughput.run();
        }
        if (chosen.contains("startup")) {
            StandaloneStart.run();
            FakeStart.run();
        }
        if (chosen.contains("memory")) {
            MemoryBound.run();
        }
        System.exit(0);
    }

    private static void latency() throws Exception {
        System.out.println("Per-call latency, one call at a time (median / p99, microseconds)");
        System.out.println(
                "  client                                   fake              bare MockWebServer   ratio (median)   bare, MockWebServer's socket defaults");
        byte[] payload = PAYLOAD.getBytes(StandardCharsets.UTF_8);
        try (FakeServer fixed = FakeServer.start(fixedApi());
                BareServer bare = new BareServer(200, "application/json", payload)) {
            HttpClient jdk =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            report(
                    "java.net.http GET",
                    Timing.perCall(() -> jdkGet(jdk, fixed.baseUrl())),
                    Timing.perCall(() -> jdkGet(jdk, bare.baseUrl())),
                    untuned(payload, 200, url -> () -> jdkGet(jdk, url)));
            RestClient fakeRest = RestClient.create(fixed.baseUrl());
            RestClient bareRest = RestClient.create(bare.baseUrl());
            report(
                    "Spring RestClient GET",
                    Timing.perCall(
                            () -> fakeRest.get().uri("/v1/fixed").retrieve().body(String.class)),
                    Timing.perCall(
                            () -> bareRest.get().uri("/v1/fixed").retrieve().body(String.class)),
                    untuned(
                            payload,
                            200,
                            url -> () -> RestClient.create(url)
                                    .get()
                                    .uri("/v1/fixed")
                                    .retrieve()
                                    .body(String.class)));
        }
        try (FakeServer openai = FakeServer.start(new OpenAiFake(Clock.systemUTC()));
                BareServer bare = new BareServer(200, "application/json", payload)) {
            OpenAIClient fakeClient = OpenAIOkHttpClient.builder()
                    .baseUrl(openai.baseUrl() + "/v1")
                    .apiKey("sk-bench")
                    .build();
            OpenAIClient bareClient = OpenAIOkHttpClient.builder()
                    .baseUrl(bare.baseUrl() + "/v1")
                    .apiKey("sk-bench")
                    .build();
            ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
                    .model("gpt-4o-mini")
                    .addUserMessage("Opening hours?")
                    .build();
            Stats fake = Timing.perCall(() -> {
                fakeClient.chat().completions().create(params);
                openai.interactions().clear();
            });
            report(
                    "openai-java chat (OkHttp 4)",
                    fake,
                    Timing.perCall(() -> bareClient.chat().completions().create(params)),
                    untuned(payload, 200, url -> {
                        OpenAIClient untunedClient = OpenAIOkHttpClient.builder()
                                .baseUrl(url + "/v1")
                                .apiKey("sk-bench")
                                .build();
                        return () -> untunedClient.chat().completions().create(params);
                    }));
        }
        TwilioFake twilioFake = new TwilioFake(SID, TOKEN, Clock.systemUTC());
        try (FakeServer twilio = FakeServer.start(twilioFake);
                RedirectingTwilioHttpClient fakeHttp = new RedirectingTwilioHttpClient(twilio.baseUrl())) {
            TwilioRestClient fakeClient = new TwilioRestClient.Builder(SID, TOKEN)
                    .httpClient(fakeHttp)
                    .build();
            com.twilio.rest.api.v2010.account.MessageCreator creator = Message.creator(
                    new PhoneNumber("whatsapp:+14155550100"), new PhoneNumber("whatsapp:+14155238886"), "Hi");
            byte[] created =
                    twilio.interactions().all().isEmpty() ? captureTwilioBody(twilio, creator, fakeClient) : null;
            Stats fake = Timing.perCall(() -> {
                creator.create(fakeClient);
                if (twilio.interactions().size() > 1000) {
                    twilio.reset();
                }
            });
            try (BareServer bare = new BareServer(201, "application/json", created);
                    RedirectingTwilioHttpClient bareHttp = new RedirectingTwilioHttpClient(bare.baseUrl())) {
                TwilioRestClient bareClient = new TwilioRestClient.Builder(SID, TOKEN)
                        .httpClient(bareHttp)
                        .build();
                Stats untuned = untuned(created, 201, url -> {
                    TwilioRestClient untunedClient = new TwilioRestClient.Builder(SID, TOKEN)
                            .httpClient(new RedirectingTwilioHttpClient(url))
                            .build();
                    return () -> creator.create(untunedClient);
                });
                report(
                        "twilio-java create (Apache HC 5)",
                        fake,
                        Timing.perCall(() -> creator.create(bareClient)),
                        untuned);
            }
        }
        System.out.println();
    }

    private static byte[] captureTwilioBody(
            FakeServer twilio, com.twilio.rest.api.v2010.account.MessageCreator creator, TwilioRestClient client) {
        creator.create(client);
        byte[] body = twilio.interactions().all().get(0).responseBody().getBytes(StandardCharsets.UTF_8);
        twilio.reset();
        return body;
    }

    static CustomApi fixedApi() {
        return CustomApi.named("fixed")
                .route("GET", "/v1/fixed", "fixed.get", call -> FakeResponse.json(200, PAYLOAD))
                .build();
    }

    static void jdkGet(HttpClient client, String baseUrl) throws Exception {
        HttpResponse<byte[]> response = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/v1/fixed")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Unexpected status " + response.statusCode());
        }
    }

    static WireMockServer wireMock() {
        WireMockServer server = new WireMockServer(options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .disableRequestJournal()
                .containerThreads(16));
        server.start();
        server.stubFor(get(urlEqualTo("/v1/fixed"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(PAYLOAD)));
        return server;
    }

    private static void report(String client, Stats fake, Stats bare, Stats untuned) {
        System.out.printf(
                Locale.ROOT,
                "  %-38s %7.0f / %-7.0f   %7.0f / %-7.0f     %.2f             %7.0f / %-7.0f%n",
                client,
                fake.medianMicros(),
                fake.p99Micros(),
                bare.medianMicros(),
                bare.p99Micros(),
                fake.medianMicros() / bare.medianMicros(),
                untuned.medianMicros(),
                untuned.p99Micros());
    }

    /** A few calls against MockWebServer with its default sockets, which can cost tens of milliseconds each. */
    private static Stats untuned(
            byte[] body, int status, java.util.function.Function<String, Timing.ThrowingRunnable> callAt)
            throws Exception {
        try (BareServer untuned = new BareServer(status, "application/json", body, false)) {
            return Timing.perCall(callAt.apply(untuned.baseUrl()), 20, 200);
        }
    }
}
