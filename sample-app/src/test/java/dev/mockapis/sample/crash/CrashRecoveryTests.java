package dev.mockapis.sample.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.ParsedBody;
import dev.mockapis.openai.OpenAiFake;
import dev.mockapis.twilio.TwilioFake;
import dev.mockapis.twilio.TwilioSignatures;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application killed with SIGKILL in the middle of a burst of WhatsApp webhooks, several times, and
 * started again on the same H2 database file: every webhook it acknowledged is answered exactly once.
 *
 * <p>The application runs in a JVM of its own, on the production configuration (the H2 file database
 * and its settings) but with the OpenAI and Twilio fakes of this test's JVM, which survive every kill:
 * the replies are counted per customer in the Twilio fake's log, where a reply sent twice would show.
 * Each webhook comes from a customer of its own, so one customer's replies are one message's replies.
 * Webhooks that got no 200 (the kill cut them off) are posted again after the last start, as Twilio
 * retries them, so in the end every message must have exactly one reply.
 */
class CrashRecoveryTests {

    private static final String ACCOUNT_SID = "AC" + "c".repeat(32);
    private static final String AUTH_TOKEN = "d".repeat(32);
    private static final String BUSINESS = "whatsapp:+14155238886";
    private static final int KILLS = 3;
    private static final int BURST = 24;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 10;
    // Upper bounds, not pauses: each wait ends as soon as its condition holds. On a loaded 2-core machine a
    // start took up to a minute, and the last life, which answers nearly every message (the earlier lives
    // are killed while their first, cold model calls are still running), needed 35 s for 72 of them.
    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Duration ANSWERED = Duration.ofMinutes(3);
    private static final Duration WEBHOOK_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path directory;

    FakeServer twilio;
    FakeServer openai;
    ForkedAssistant application;
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Every webhook posted, by customer. */
    final Map<String, Webhook> webhooks = new ConcurrentHashMap<>();
    /** Whether the application acknowledged the customer's webhook with 200, the last time it was posted. */
    final Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();

    final List<Long> startupMillis = new ArrayList<>();

    @BeforeEach
    void fakes() {
        twilio = FakeServer.start(new TwilioFake(ACCOUNT_SID, AUTH_TOKEN, Clock.systemUTC()), 20_000);
        openai = FakeServer.start(new OpenAiFake(Clock.systemUTC()), 20_000);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (application != null) {
            application.kill();
        }
        twilio.close();
        openai.close();
    }

    @Test
    void everyAcknowledgedWebhookIsAnsweredExactlyOnceAcrossKillsAndRestarts() throws Exception {
        int customers = 0;
        for (int round = 0; round < KILLS; round++) {
            application = startApplication();
            AtomicInteger acknowledgedThisRound = new AtomicInteger();
            ExecutorService senders = Executors.newFixedThreadPool(6);
            List<Future<?>> burst = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                Webhook webhook = Webhook.from("whatsapp:+1555" + String.format("%07d", ++customers));
                burst.add(senders.submit(() -> {
                    if (post(webhook)) {
                        acknowledgedThisRound.incrementAndGet();
                    }
                }));
            }
            await("acknowledgements before the kill")
                    .atMost(STARTUP)
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> acknowledgedThisRound.get() >= ACKNOWLEDGED_BEFORE_KILL);
            application.kill();
            for (Future<?> post : burst) {
                post.get();
            }
            senders.shutdown();
        }
        Set<String> acknowledgedBeforeTheLastStart = acknowledged.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());

        application = startApplication();
        // as Twilio does, the webhooks that got no 200 are sent again, with the same MessageSid and idempotency token,
        // until one is acknowledged (a busy database answers 503 with Retry-After)
        for (Webhook webhook : webhooks.values()) {
            if (!acknowledged.get(webhook.customer())) {
                await("replayed webhook acknowledged")
                        .atMost(STARTUP)
                        .pollDelay(Duration.ZERO)
                        .pollInterval(Duration.ofSeconds(1))
                        .until(() -> post(webhook));
            }
        }
        try {
            await("every webhook answered")
                    .atMost(ANSWERED)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> repliesByCustomer().keySet().containsAll(webhooks.keySet()));
        } catch (ConditionTimeoutException someNeverAnswered) {
            // the assertions below name them
        }
        // a graceful stop lets every message in hand finish, so a late second reply would still show
        application.close();
        String log = application.logTail();
        application = null;

        Map<String, Long> replies = repliesByCustomer();
        List<String> lost = webhooks.keySet().stream()
                .filter(customer -> !replies.containsKey(customer))
                .toList();
        List<String> duplicated = replies.entrySet().stream()
                .filter(entry -> entry.getValue() > 1)
                .map(Map.Entry::getKey)
                .toList();
        System.out.printf(
                "Crash test: %d webhooks over %d kills, %d acknowledged before the last start; %d answered, lost %d, duplicated %d;"
                        + " start-up times %s ms%n",
                webhooks.size(),
                KILLS,
                acknowledgedBeforeTheLastStart.size(),
                replies.size(),
                lost.size(),
                duplicated.size(),
                startupMillis);
        assertThat(acknowledgedBeforeTheLastStart).hasSizeGreaterThanOrEqualTo(KILLS * ACKNOWLEDGED_BEFORE_KILL);
        assertThat(lost)
                .as("never answered, stored as %s; the application's log ends:%n%s", storedState(lost), log)
                .isEmpty();
        assertThat(duplicated).as("answered more than once").isEmpty();
        assertThat(storedMessages())
                .as("every webhook is in the database")
                .containsExactlyInAnyOrderElementsOf(webhooks.keySet());
        assertThat(unfinishedMessages())
                .as("messages left unanswered; the application's log ends:%n%s", log)
                .isZero();
    }

    private ForkedAssistant startApplication() throws Exception {
        long start = System.nanoTime();
        ForkedAssistant started = ForkedAssistant.start(
                List.of(
                        "--spring.profiles.active=crashtest",
                        "--assistant.data-dir=" + directory.toAbsolutePath(),
                        "--openai.base-url=" + root(openai) + "/v1",
                        "--openai.api-key=sk-crash-test",
                        "--openai.max-retries=0",
                        "--anthropic.api-key=sk-ant-crash-test",
                        "--twilio.account-sid=" + ACCOUNT_SID,
                        "--twilio.auth-token=" + AUTH_TOKEN,
                        "--twilio.whatsapp-number=" + BUSINESS,
                        "--crashtest.twilio-base-url=" + root(twilio),
                        "--assistant.resilience.inbound-retry.initial-backoff=50ms",
                        "--spring.main.banner-mode=off",
                        "--spring.jmx.enabled=false",
                        "--logging.level.root=WARN"),
                directory.resolve("application.log"));
        await("the application started")
                .atMost(STARTUP)
                .pollInterval(Duration.ofMillis(100))
                .failFast("the application exited:\n" + started.logTail(), () -> !started.isAlive())
                .until(() -> answers(started));
        startupMillis.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
        return started;
    }

    /** Posts a signed webhook as Twilio does; whether it was acknowledged with 200. */
    private boolean post(Webhook webhook) {
        webhooks.putIfAbsent(webhook.customer(), webhook);
        String url = "http://127.0.0.1:" + application.port() + "/twilio/whatsapp";
        String form = webhook.params().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(WEBHOOK_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(
                        "X-Twilio-Signature",
                        TwilioSignatures.forAuthToken(AUTH_TOKEN).sign(url, webhook.params()))
                .header("I-Twilio-Idempotency-Token", webhook.idempotencyToken())
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        boolean ok;
        try {
            ok = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception killedMeanwhile) {
            ok = false;
        }
        acknowledged.put(webhook.customer(), ok);
        return ok;
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
    private Map<String, Long> repliesByCustomer() {
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

    private long unfinishedMessages() throws Exception {
        return query("select count(*) from inbound_message where status = 'RECEIVED'", row -> row.getLong(1))
                .get(0);
    }

    /** What the database holds for these customers' messages, to explain a message never answered. */
    private List<String> storedState(List<String> customers) throws Exception {
        List<String> state = new ArrayList<>();
        for (String customer : customers) {
            state.addAll(query(
                    "select m.customer || ' ' || m.status || ' attempts=' || m.attempts || ' reply='"
                            + " || coalesce(m.reply, '-') || ' parts=' || (select count(*) from reply_part p"
                            + " where p.message_sid = m.message_sid) || ' attempted=' || (select count(*) from"
                            + " reply_part p where p.message_sid = m.message_sid and p.attempted_at is not null)"
                            + " || ' dead letters=' || (select count(*) from dead_letter d where d.reference ="
                            + " m.message_sid) from inbound_message m where m.customer = '" + customer + "'",
                    row -> row.getString(1)));
        }
        return state;
    }

    private List<String> storedMessages() throws Exception {
        return query("select customer from inbound_message", row -> row.getString(1));
    }

    private <T> List<T> query(String sql, Row<T> mapper) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:h2:file:" + directory.resolve("assistant").toAbsolutePath(), "sa", "");
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
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
    }

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet row) throws Exception;
    }
}
