package dev.mockapis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Interaction;
import dev.mockapis.openai.OpenAiFake;
import dev.mockapis.twilio.TwilioFake;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The verifier's assertions as AssertJ assertions, on real requests to the Twilio and OpenAI fakes. */
class VerifierAssertionsTests {

    private static final String SID = "AC0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "f00dfeedf00dfeedf00dfeedf00dfeed";
    private static final String CHAT = "{\"model\":\"gpt-4o-mini\",\"temperature\":0.7,\"stream\":false,"
            + "\"messages\":[{\"role\":\"system\",\"content\":\"Be brief\"},{\"role\":\"user\",\"content\":\"Where is my order?\"}],"
            + "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"track_order\"}},{\"type\":\"function\",\"function\":{\"name\":\"cancel\"}}]}";

    private static FakeServer twilio;
    private static FakeServer openai;
    private static MockInteractionVerifier verifier;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        twilio = FakeServer.start(new TwilioFake(SID, TOKEN, Clock.systemUTC()));
        openai = FakeServer.start(new OpenAiFake(Clock.systemUTC()));
        verifier = new MockInteractionVerifier(new Servers(Map.of("twilio", twilio, "openai", openai)));
    }

    @AfterAll
    static void stop() {
        twilio.close();
        openai.close();
    }

    @BeforeEach
    void reset() {
        twilio.reset();
        openai.reset();
    }

    @Nested
    class AsAssertJ {

        @Test
        void a_description_given_with_as_prefixes_the_failure_and_carries_down_the_chain() {
            sendWhatsApp("whatsapp:+15551234567", "Your order shipped");

            assertThatThrownBy(() -> verifier.assertThat("twilio")
                            .as("the shipping notice")
                            .called("messages.create")
                            .withFormParam("To", "whatsapp:+15550000000"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith(
                            "[the shipping notice] Expected twilio to receive messages.create with form param To = whatsapp:+15550000000")
                    .hasMessageContaining("form param To was: [whatsapp:+15551234567]");
            assertThatThrownBy(() -> verifier.assertThat("twilio")
                            .as("reply count")
                            .called("messages.create")
                            .withFormParamContaining("Body", "order")
                            .times(2))
                    .hasMessageStartingWith(
                            "[reply count] Expected twilio to receive messages.create with form param Body containing 'order' 2 times, but it received it 1 time");
        }

        @Test
        void soft_assertions_collect_every_failure_instead_of_stopping_at_the_first() {
            sendWhatsApp("whatsapp:+15551234567", "Hello");

            assertThatThrownBy(() -> SoftAssertions.assertSoftly(softly -> {
                        softly.check(() -> verifier.assertThat("twilio")
                                .as("greeting")
                                .called("messages.create")
                                .withFormParamContaining("Body", "Bye"));
                        softly.check(() -> verifier.assertThat("openai").called("chat.completions.create"));
                        softly.check(() -> verifier.assertThat("twilio")
                                .called("messages.create")
                                .once());
                        softly.check(() -> verifier.assertThat("twilio").neverCalled("message.create"));
                    }))
                    .isInstanceOf(AssertJMultipleFailuresError.class)
                    .satisfies(error -> assertThat(((AssertJMultipleFailuresError) error).getFailures())
                            .hasSize(3))
                    .hasMessageContaining(
                            "[greeting] Expected twilio to receive messages.create with form param Body containing 'Bye'")
                    .hasMessageContaining("Expected openai to receive chat.completions.create, but it never did")
                    .hasMessageContaining("twilio has no operation message.create");
        }

        @Test
        void satisfies_runs_assertions_of_your_own_on_the_requests() {
            sendWhatsApp("whatsapp:+15551234567", "One");
            sendWhatsApp("whatsapp:+15551234567", "Two");

            verifier.assertThat("twilio")
                    .satisfies(requests -> assertThat(requests).hasSize(2))
                    .called("messages.create")
                    .satisfies(calls -> assertThat(calls)
                            .extracting(call -> RecordedRequests.formParam(call, "Body"))
                            .containsExactly(List.of("One"), List.of("Two")));
            assertThatThrownBy(() -> verifier.assertThat("twilio")
                            .satisfies(requests -> assertThat(requests).isEmpty()))
                    .isInstanceOf(AssertionError.class);
        }

        @Test
        void the_actual_value_is_what_the_api_received() {
            sendWhatsApp("whatsapp:+15551234567", "Hi");

            List<Interaction> received = verifier.assertThat("twilio").actual();
            assertThat(received).extracting(Interaction::operationId).containsExactly("messages.create");
        }
    }

    @Nested
    class UnknownOperations {

        @Test
        void never_called_with_a_misspelt_operation_fails_naming_the_known_ones() {
            sendWhatsApp("whatsapp:+15551234567", "Hi");

            assertThatThrownBy(() -> verifier.assertThat("twilio").neverCalled("message.create"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("twilio has no operation message.create (did you mean messages.create?)")
                    .hasMessageContaining("its operations: ")
                    .hasMessageContaining("messages.create")
                    .hasMessageContaining("messages.fetch");
        }

        @Test
        void called_calledInOrder_and_expectCalls_check_the_names_too() {
            assertThatThrownBy(() -> verifier.assertThat("openai").called("chat.completion.create"))
                    .hasMessageContaining(
                            "openai has no operation chat.completion.create (did you mean chat.completions.create?)");
            assertThatThrownBy(() -> verifier.assertThat("twilio").calledInOrder("messages.create", "refunds.create"))
                    .hasMessageContaining("twilio has no operation refunds.create.")
                    .hasMessageNotContaining("did you mean");
            assertThatThrownBy(() -> verifier.expectCalls("twilio", "messages.send"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("twilio has no operation messages.send")
                    .hasMessageContaining("its operations: ");
        }

        @Test
        void known_operations_never_called_pass() {
            assertThatCode(() -> verifier.assertThat("twilio")
                            .neverCalled("messages.create")
                            .neverCalled("messages.fetch"))
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    class JsonPaths {

        @Test
        void indexes_filters_wildcards_and_deep_scans_select_values() {
            postChat(CHAT);

            OperationCallsAssert chat = verifier.assertThat("openai").called("chat.completions.create");
            chat.withJsonPath("$.messages[1].content", "Where is my order?")
                    .withJsonPath("$.messages[?(@.role == 'system')].content", "Be brief")
                    .withJsonPath("$.messages[-1].role", "user")
                    .withJsonPath("$.tools[*].function.name", "cancel")
                    .withJsonPath("$..name", "track_order")
                    .withJsonPath("$.temperature", "0.7")
                    .withJsonPath("$.stream", "false")
                    .withJsonPath("$.messages[0]", "{\"role\":\"system\",\"content\":\"Be brief\"}")
                    .withJsonPathPresent("$.tools[?(@.function.name == 'track_order')]")
                    .once();
        }

        @Test
        void dotted_paths_and_json_pointers_keep_working() {
            postChat(CHAT);

            verifier.assertThat("openai")
                    .called("chat.completions.create")
                    .withJsonPath("model", "gpt-4o-mini")
                    .withJsonPath("messages[0].content", "Be brief")
                    .withJsonPath("tools[0].function.name", "track_order")
                    .withJsonPath("/messages/1/role", "user")
                    .withJsonPathPresent("temperature");
        }

        @Test
        void a_failed_filter_shows_the_values_the_path_selected() {
            postChat(CHAT);

            assertThatThrownBy(() -> verifier.assertThat("openai")
                            .called("chat.completions.create")
                            .withJsonPath("$.messages[?(@.role == 'user')].content", "Cancel it"))
                    .hasMessageContaining(
                            "with JSON $.messages[?(@.role == 'user')].content = Cancel it, but none of its 1 call had it")
                    .hasMessageContaining("JSON $.messages[?(@.role == 'user')].content was: [Where is my order?]");
            assertThatThrownBy(() -> verifier.assertThat("openai")
                            .called("chat.completions.create")
                            .withJsonPathPresent("$.messages[?(@.role == 'assistant')]"))
                    .hasMessageContaining("JSON $.messages[?(@.role == 'assistant')] was: (missing)");
            assertThatThrownBy(() -> verifier.assertThat("openai")
                            .called("chat.completions.create")
                            .withJsonPath("$.model", "gpt-5"))
                    .hasMessageContaining("JSON $.model was: gpt-4o-mini");
        }

        @Test
        void an_index_past_the_end_is_missing_while_a_json_null_is_present() {
            postChat("{\"model\":\"gpt-4o-mini\",\"user\":null,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");

            OperationCallsAssert chat = verifier.assertThat("openai").called("chat.completions.create");
            chat.withJsonPath("$.user", "null").withJsonPathPresent("$.messages[-1]");
            assertThatThrownBy(() -> chat.withJsonPathPresent("$.messages[1]"))
                    .hasMessageContaining("JSON $.messages[1] was: (missing)");
            assertThatThrownBy(() -> chat.withJsonPathPresent("$.messages[-2]"))
                    .hasMessageContaining("JSON $.messages[-2] was: (missing)");
        }

        @Test
        void an_invalid_path_is_a_mistake_in_the_test_not_a_failed_assertion() {
            postChat(CHAT);

            assertThatThrownBy(() -> verifier.assertThat("openai")
                            .called("chat.completions.create")
                            .withJsonPath("$.messages[?(", "x"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Not a JSONPath: $.messages[?(");
        }

        @Test
        void form_bodies_have_no_json_values() {
            sendWhatsApp("whatsapp:+15551234567", "Hi");

            assertThatThrownBy(() -> verifier.assertThat("twilio")
                            .called("messages.create")
                            .withJsonPathPresent("$.To"))
                    .hasMessageContaining("JSON $.To was: (missing)");
        }
    }

    private static void sendWhatsApp(String to, String body) {
        String form = "To=" + encode(to) + "&From=" + encode("whatsapp:+14155238886") + "&Body=" + encode(body);
        String auth = Base64.getEncoder().encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
        send(HttpRequest.newBuilder(URI.create(twilio.baseUrl() + "/2010-04-01/Accounts/" + SID + "/Messages.json"))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private static void postChat(String json) {
        send(HttpRequest.newBuilder(URI.create(openai.baseUrl() + "/v1/chat/completions"))
                .header("Authorization", "Bearer sk-test-1234567890")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static void send(HttpRequest request) {
        try {
            HTTP.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The two fakes under the names the verifier knows them by. */
    private record Servers(Map<String, FakeServer> byName) implements MockApiServers {

        Servers {
            byName = new LinkedHashMap<>(byName);
        }

        @Override
        public Set<String> apis() {
            return byName.keySet();
        }

        @Override
        public boolean isEnabled(String api) {
            return byName.containsKey(api);
        }

        @Override
        public FakeServer server(String api) {
            FakeServer server = byName.get(api);
            if (server == null) {
                throw new IllegalArgumentException("no api " + api);
            }
            return server;
        }

        @Override
        public String baseUrl(String api) {
            return server(api).baseUrl();
        }

        @Override
        public List<FakeServer> running() {
            return List.copyOf(byName.values());
        }

        @Override
        public void reset() {
            byName.values().forEach(FakeServer::reset);
        }
    }
}
