package dev.mockapis.sample.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.ParsedBody;
import dev.mockapis.openai.OpenAiFake;
import dev.mockapis.sample.infra.TestPostgres;
import dev.mockapis.sample.infra.TestRedis;
import dev.mockapis.twilio.TwilioFake;
import dev.mockapis.twilio.TwilioSignatures;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the application, each a JVM of its own, behind one Twilio number: they share one
 * PostgreSQL database and one Redis, and the OpenAI and Twilio fakes of this test's JVM. A burst of
 * signed webhooks is spread across both, with Twilio's replays of some of them sent to the other
 * instance; one instance is killed with SIGKILL in the middle of the burst, and the webhooks it cut off
 * are posted again to the survivor, as Twilio retries them. The survivor takes over what the dead
 * instance had acknowledged but not answered once its claims lapse, and in the end every message has
 * exactly one reply in the Twilio fake's log.
 *
 * <p>{@code -Dsample.two-instances.rounds=20} plays the whole scenario that many times, fresh each time;
 * the instances' logs stay in {@code target/two-instances/round-N}.
 */
class TwoInstanceTests {

    private static final String ACCOUNT_SID = "AC" + "e".repeat(32);
    private static final String AUTH_TOKEN = "f".repeat(32);
    private static final String BUSINESS = "whatsapp:+14155238886";
    private static final int BURST = 30;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 10;
    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final AtomicInteger databases = new AtomicInteger();

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void twoInstancesAnswerEveryMessageOfOneWebhookStreamExactlyOnceThoughOneIsKilled() throws Exception {
        int rounds = Integer.getInteger("sample.two-instances.rounds", 1);
        for (int round = 1; round <= rounds; round++) {
            playRound(round);
        }
    }

    private void playRound(int round) throws Exception {
        // the instances' logs stay in target/ for a failing round to be read
        Path directory = Files.createDirectories(Path.of("target", "two-instances", "round-" + round));
        FakeServer twilio = FakeServer.start(new TwilioFake(ACCOUNT_SID, AUTH_TOKEN, Clock.systemUTC()), 20_000);
        FakeServer openai = FakeServer.start(new OpenAiFake(Clock.systemUTC()), 20_000);
        String database = TestPostgres.jdbcUrl("two_instances_" + databases.incrementAndGet());
        ForkedAssistant first = null;
        ForkedAssistant second = null;
        try {
            first = start(directory.resolve("first.log"), database, twilio, openai);
            second = start(directory.resolve("second.log"), database, twilio, openai);
            awaitStarted(first);
            awaitStarted(second);
            Burst burst = new Burst(first, second);
            burst.run();
            List<Webhook> cutOff = burst.cutOff();

            // Twilio retries what got no 200, with the same MessageSid and idempotency token: the survivor takes it
            for (Webhook webhook : cutOff) {
                assertThat(post(second, webhook)).as("retry acknowledged").isTrue();
            }
            try {
                await("every message answered")
                        .atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> repliesByCustomer(twilio).keySet().containsAll(burst.customers()));
            } catch (ConditionTimeoutException someNeverAnswered) {
                // the assertions below name them
            }
            // a graceful stop lets every message in hand finish, so a late second reply would still show
            second.close();
            String log = second.logTail();
            second = null;

            Map<String, Long> replies = repliesByCustomer(twilio);
            List<String> lost = burst.customers().stream()
                    .filter(customer -> !replies.containsKey(customer))
                    .toList();
            List<String> duplicated = replies.entrySet().stream()
                    .filter(entry -> entry.getValue() > 1)
                    .map(Map.Entry::getKey)
                    .toList();
            System.out.printf(
                    "Two instances, round %d: %d webhooks (%d replays to the other instance), %d acknowledged by the"
                            + " killed instance, %d cut off and retried; %d answered, lost %d, duplicated %d%n",
                    round,
                    burst.customers().size(),
                    burst.replays.get(),
                    burst.acknowledgedByFirst.get(),
                    cutOff.size(),
                    replies.size(),
                    lost.size(),
                    duplicated.size());
            assertThat(burst.acknowledgedByFirst.get()).isPositive();
            assertThat(lost)
                    .as("never answered; the survivor's log ends:%n%s", log)
                    .isEmpty();
            assertThat(duplicated).as("answered more than once").isEmpty();
            assertThat(query(database, "select count(*) from inbound_message", row -> row.getLong(1)))
                    .containsExactly((long) BURST);
            assertThat(query(
                            database,
                            "select count(*) from inbound_message where status <> 'ANSWERED'",
                            row -> row.getLong(1)))
                    .as("messages not answered")
                    .containsExactly(0L);
        } finally {
            if (first != null) {
                first.kill();
            }
            if (second != null) {
                second.kill();
            }
            twilio.close();
            openai.close();
        }
    }

    /** The burst: webhooks spread over both instances, some replayed to the other, the first killed midway. */
    private final class Burst {

        final ForkedAssistant first;
        final ForkedAssistant second;
        final Map<String, Webhook> webhooks = new ConcurrentHashMap<>();
        final Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
        final AtomicInteger acknowledgedByFirst = new AtomicInteger();
        final AtomicInteger replays = new AtomicInteger();

        Burst(ForkedAssistant first, ForkedAssistant second) {
            this.first = first;
            this.second = second;
        }

        void run() throws Exception {
            ExecutorService senders = Executors.newFixedThreadPool(6);
            List<Future<?>> posts = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                Webhook webhook = Webhook.from("whatsapp:+1556" + String.format("%07d", i));
                webhooks.put(webhook.customer(), webhook);
                boolean toFirst = i % 2 == 0;
                boolean replayed = i % 3 == 0;
                posts.add(senders.submit(() -> {
                    boolean ok = post(toFirst ? first : second, webhook);
                    if (ok && toFirst) {
                        acknowledgedByFirst.incrementAndGet();
                    }
                    acknowledged.merge(webhook.customer(), ok, Boolean::logicalOr);
                    if (replayed) {
                        // Twilio's retry of the same webhook reaches the other instance
                        replays.incrementAndGet();
                        boolean again = post(toFirst ? second : first, webhook);
                        acknowledged.merge(webhook.customer(), again, Boolean::logicalOr);
                    }
                }));
            }
            await("acknowledgements before the kill")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> acknowledgedByFirst.get() >= ACKNOWLEDGED_BEFORE_KILL / 2
                            && acknowledged.values().stream()
                                            .filter(Boolean::booleanValue)
                                            .count()
                                    >= ACKNOWLEDGED_BEFORE_KILL);
            first.kill();
            for (Future<?> post : posts) {
                post.get();
            }
            senders.shutdown();
        }

        List<String> customers() {
            return List.copyOf(webhooks.keySet());
        }

        List<Webhook> cutOff() {
            return webhooks.values().stream()
                    .filter(webhook -> !acknowledged.getOrDefault(webhook.customer(), false))
                    .toList();
        }
    }

    private ForkedAssistant start(Path log, String database, FakeServer twilio, FakeServer openai) throws Exception {
        return ForkedAssistant.start(
                List.of(
                        "--spring.profiles.active=crashtest",
                        "--spring.datasource.url=" + database,
                        "--spring.datasource.username=" + TestPostgres.USER,
                        "--spring.datasource.password=",
                        "--spring.data.redis.host=127.0.0.1",
                        "--spring.data.redis.port=" + TestRedis.port(),
                        // a database of its own in the shared test Redis, which the other tests empty
                        "--spring.data.redis.database=1",
                        "--assistant.cluster.redis=true",
                        "--assistant.cluster.claim-ttl=10s",
                        "--assistant.cluster.sweep-interval=1s",
                        "--assistant.cluster.sweep-grace=2s",
                        "--assistant.cluster.messages-per-minute=0",
                        "--openai.base-url=" + root(openai) + "/v1",
                        "--openai.api-key=sk-two-instances",
                        "--openai.max-retries=0",
                        "--anthropic.api-key=sk-ant-two-instances",
                        "--twilio.account-sid=" + ACCOUNT_SID,
                        "--twilio.auth-token=" + AUTH_TOKEN,
                        "--twilio.whatsapp-number=" + BUSINESS,
                        "--crashtest.twilio-base-url=" + root(twilio),
                        "--assistant.resilience.inbound-retry.initial-backoff=50ms",
                        "--spring.main.banner-mode=off",
                        "--spring.jmx.enabled=false",
                        "--logging.level.root=WARN",
                        "--logging.level.dev.mockapis.sample=DEBUG"),
                log);
    }

    private void awaitStarted(ForkedAssistant instance) {
        await("the instance started")
                .atMost(STARTUP)
                .pollInterval(Duration.ofMillis(100))
                .failFast("the instance exited:\n" + instance.logTail(), () -> !instance.isAlive())
                .until(() -> answers(instance));
    }

    /** Posts a signed webhook as Twilio does; whether it was acknowledged with 200. */
    private boolean post(ForkedAssistant instance, Webhook webhook) {
        String url = "http://127.0.0.1:" + instance.port() + "/twilio/whatsapp";
        String form = webhook.params().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(
                        "X-Twilio-Signature",
                        TwilioSignatures.forAuthToken(AUTH_TOKEN).sign(url, webhook.params()))
                .header("I-Twilio-Idempotency-Token", webhook.idempotencyToken())
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception killedMeanwhile) {
            return false;
        }
    }

    private boolean answers(ForkedAssistant candidate) {
        try {
            HttpRequest probe = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + candidate.port() + "/twilio/whatsapp"))
                    .timeout(Duration.ofSeconds(2))
                    .GET()
                    .build();
            return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() > 0;
        } catch (Exception notYet) {
            return false;
        }
    }

    /** How many messages the Twilio fake accepted for each customer. */
    private static Map<String, Long> repliesByCustomer(FakeServer twilio) {
        Map<String, Long> replies = new HashMap<>();
        for (Interaction call : twilio.interactions().all()) {
            if ("messages.create".equals(call.operationId())
                    && call.status() == 201
                    && call.body() instanceof ParsedBody.Form form) {
                replies.merge(form.params().get("To").get(0), 1L, Long::sum);
            }
        }
        return replies;
    }

    private static <T> List<T> query(String url, String sql, Row<T> mapper) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, TestPostgres.USER, "");
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    private static String root(FakeServer fake) {
        String base = fake.baseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /**
     * One customer's message as Twilio posts it, kept to be posted again unchanged.
     *
     * @param customer the sender, one per webhook
     * @param params the form parameters, in order
     * @param idempotencyToken the {@code I-Twilio-Idempotency-Token}
     */
    private record Webhook(String customer, Map<String, String> params, String idempotencyToken) {

        static Webhook from(String customer) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("MessageSid", "SM" + HexFormat.of().formatHex(randomBytes()));
            params.put("AccountSid", ACCOUNT_SID);
            params.put("From", customer);
            params.put("To", BUSINESS);
            params.put("Body", "Is my bouquet for " + customer + " on its way?");
            params.put("NumMedia", "0");
            return new Webhook(
                    customer,
                    Collections.unmodifiableMap(params),
                    HexFormat.of().formatHex(randomBytes()));
        }

        private static byte[] randomBytes() {
            byte[] bytes = new byte[16];
            ThreadLocalRandom.current().nextBytes(bytes);
            return bytes;
        }
    }

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet row) throws Exception;
    }
}
