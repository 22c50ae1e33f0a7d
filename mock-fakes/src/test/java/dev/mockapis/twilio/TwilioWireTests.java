package dev.mockapis.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.internal.JsonSupport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Twilio fake on the wire: exact JSON shapes, headers and answers to malformed requests. */
class TwilioWireTests {

    private static final List<String> MESSAGE_FIELDS = List.of(
            "account_sid",
            "api_version",
            "body",
            "date_created",
            "date_sent",
            "date_updated",
            "direction",
            "error_code",
            "error_message",
            "from",
            "messaging_service_sid",
            "num_media",
            "num_segments",
            "price",
            "price_unit",
            "sid",
            "status",
            "subresource_uris",
            "to",
            "uri");
    private static final String RFC_2822 =
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0000";

    @RegisterExtension
    static final TwilioTestFixture twilio = new TwilioTestFixture();

    @Test
    void aCreatedMessageHasExactlyTheSpecsFieldsWithTwiliosTypes() {
        HttpResponse<String> response = twilio.postForm(
                twilio.messagesPath(),
                "To=%2B14155550100&From=%2B15005550006&Body=Hi&MediaUrl=https%3A%2F%2Fa.example%2F1.png&MediaUrl=https%3A%2F%2Fa.example%2F2.gif");
        JsonNode json = json(response);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(fieldNames(json)).containsExactlyElementsOf(MESSAGE_FIELDS);
        assertThat(json.get("num_media").isTextual()).isTrue();
        assertThat(json.get("num_media").asText()).isEqualTo("2");
        assertThat(json.get("num_segments").isTextual()).isTrue();
        assertThat(json.get("error_code").isNull()).isTrue();
        assertThat(json.get("price").isNull()).isTrue();
        assertThat(json.get("date_sent").isNull()).isTrue();
        assertThat(json.get("date_created").asText()).matches(RFC_2822).isEqualTo("Tue, 05 Mar 2024 09:08:07 +0000");
        assertThat(json.get("sid").asText()).matches("MM[0-9a-f]{32}");
        assertThat(json.get("uri").asText()).startsWith("/2010-04-01/Accounts/");
    }

    @Test
    void aFailedMessageCarriesAnIntegerErrorCode() {
        twilio.server.useScenario(TwilioScenarios.MESSAGE_FAILURES);
        String sid = json(twilio.postForm(twilio.messagesPath(), "To=%2B14155550100&From=%2B15005550006&Body=Hi"))
                .get("sid")
                .asText();
        twilio.fake.deliverAll();

        JsonNode json = json(twilio.get(messagePath(sid)));

        assertThat(json.get("error_code").isInt()).isTrue();
        assertThat(json.get("error_code").asInt()).isEqualTo(30003);
        assertThat(json.get("price").asText()).isEqualTo("-0.00790");
    }

    @Test
    void aListPageHasTheSpecsPagingKeysAndRelativeUris() {
        for (int i = 0; i < 3; i++) {
            twilio.postForm(twilio.messagesPath(), "To=%2B14155550100&From=%2B15005550006&Body=n" + i);
        }

        JsonNode first = json(twilio.get(twilio.messagesPath() + "?To=%2B14155550100&PageSize=2"));
        JsonNode second = json(twilio.get(first.get("next_page_uri").asText()));

        assertThat(fieldNames(first))
                .containsExactlyInAnyOrder(
                        "end",
                        "first_page_uri",
                        "next_page_uri",
                        "page",
                        "page_size",
                        "previous_page_uri",
                        "messages",
                        "start",
                        "uri");
        assertThat(first.get("uri").asText()).isEqualTo(twilio.messagesPath() + "?To=%2B14155550100&PageSize=2&Page=0");
        assertThat(first.get("first_page_uri").asText())
                .isEqualTo(first.get("uri").asText());
        assertThat(first.get("next_page_uri").asText())
                .startsWith(twilio.messagesPath() + "?To=%2B14155550100&PageSize=2&Page=1&PageToken=PASM");
        assertThat(first.get("previous_page_uri").isNull()).isTrue();
        assertThat(first.get("start").asInt()).isZero();
        assertThat(first.get("end").asInt()).isEqualTo(1);
        assertThat(first.get("page_size").asInt()).isEqualTo(2);
        assertThat(second.get("messages")).hasSize(1);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("start").asInt()).isEqualTo(2);
        assertThat(second.get("end").asInt()).isEqualTo(2);
        assertThat(second.get("next_page_uri").isNull()).isTrue();
        assertThat(second.get("previous_page_uri").asText())
                .isEqualTo(twilio.messagesPath() + "?To=%2B14155550100&PageSize=2&Page=0");
    }

    @Test
    void anEmptyListEndsAtZero() {
        JsonNode page = json(twilio.get(twilio.messagesPath()));

        assertThat(page.get("messages")).isEmpty();
        assertThat(page.get("start").asInt()).isZero();
        assertThat(page.get("end").asInt()).isZero();
        assertThat(page.get("page_size").asInt()).isEqualTo(50);
        assertThat(page.get("next_page_uri").isNull()).isTrue();
    }

    @Test
    void anUnknownSidIsTwiliosNotFoundBody() {
        String path = messagePath("SM00000000000000000000000000000000");

        HttpResponse<String> response = twilio.get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .isEqualTo(
                        "{\"code\":20404,\"message\":\"The requested resource " + path
                                + " was not found\",\"more_info\":\"https://www.twilio.com/docs/errors/20404\",\"status\":404}");
        assertThat(response.headers().firstValue("Twilio-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).matches("RQ[0-9a-f]{32}"));
    }

    @Test
    void anotherAccountInThePathIsNotFound() {
        String path = "/2010-04-01/Accounts/AC22222222222222222222222222222222/Messages.json";

        HttpResponse<String> response = twilio.postForm(path, "To=%2B14155550100&From=%2B15005550006&Body=Hi");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("code").asInt()).isEqualTo(20404);
    }

    @Test
    void aRouteTwilioDoesNotHaveIsNotFound() {
        HttpResponse<String> response =
                twilio.get("/2010-04-01/Accounts/" + TwilioTestFixture.ACCOUNT_SID + "/Calls.json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("code").asInt()).isEqualTo(20404);
        assertThat(twilio.server.interactions().unmatched()).hasSize(1);
    }

    @Test
    void aRequestWithoutCredentialsIsTwilios401WithDetail() {
        HttpResponse<String> response =
                twilio.send(HttpRequest.newBuilder(URI.create(twilio.server.baseUrl() + twilio.messagesPath()))
                        .GET()
                        .build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body())
                .isEqualTo("{\"code\":20003,\"detail\":\"Your AccountSid or AuthToken was incorrect.\","
                        + "\"message\":\"Authentication Error - No credentials provided\",\"more_info\":\"https://www.twilio.com/docs/errors/20003\","
                        + "\"status\":401}");
    }

    @Test
    void aJsonBodyIsNotAFormAndLacksTheRecipient() {
        HttpResponse<String> response = twilio.send(
                "POST",
                twilio.messagesPath(),
                "application/json",
                "{\"To\":\"+14155550100\",\"From\":\"+15005550006\",\"Body\":\"Hi\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("code").asInt()).isEqualTo(21604);
    }

    @Test
    void aGarbledFormIsAnsweredWithTwiliosErrorShapeNotA500() {
        HttpResponse<String> garbled = twilio.postForm(twilio.messagesPath(), "%%%&&==&To");
        HttpResponse<String> badPaging =
                twilio.get(twilio.messagesPath() + "?PageSize=abc&Page=-3&PageToken=PAnot-a-sid");
        HttpResponse<String> badUpdate = twilio.postForm(messagePath("SM00000000000000000000000000000000"), "%E0%A4%A");

        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(fieldNames(json(garbled))).containsExactly("code", "message", "more_info", "status");
        assertThat(badPaging.statusCode())
                .as("unreadable paging falls back to the defaults")
                .isEqualTo(200);
        assertThat(json(badPaging).get("page_size").asInt()).isEqualTo(50);
        assertThat(badUpdate.statusCode()).isEqualTo(404);
        assertThat(twilio.server.interactions().where(interaction -> interaction.status() >= 500))
                .isEmpty();
    }

    @Test
    void deletingAnswers204WithNoBody() {
        String sid = json(twilio.postForm(twilio.messagesPath(), "To=%2B14155550100&From=%2B15005550006&Body=Hi"))
                .get("sid")
                .asText();

        HttpResponse<String> response = twilio.send("DELETE", messagePath(sid), null, null);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(twilio.get(messagePath(sid)).statusCode()).isEqualTo(404);
    }

    @Test
    void sidsAreRandomLikeTwiliosAndNotRepeatedAfterAReset() {
        String first = json(twilio.postForm(twilio.messagesPath(), "To=%2B14155550100&From=%2B15005550006&Body=Hi"))
                .get("sid")
                .asText();
        twilio.reset();
        String again = json(twilio.postForm(twilio.messagesPath(), "To=%2B14155550100&From=%2B15005550006&Body=Hi"))
                .get("sid")
                .asText();

        assertThat(again).matches("SM[0-9a-f]{32}").isNotEqualTo(first);
    }

    @Test
    void concurrentCreatesAllLandWithDistinctSids() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> sids = new ArrayList<>();
            for (int i = 0; i < 160; i++) {
                int n = i;
                sids.add(pool.submit(() -> json(twilio.postForm(
                                twilio.messagesPath(), "To=%2B14155550100&From=%2B15005550006&Body=m" + n))
                        .get("sid")
                        .asText()));
            }
            Set<String> distinct = new HashSet<>();
            for (Future<String> sid : sids) {
                distinct.add(sid.get());
            }

            assertThat(distinct).hasSize(160);
            assertThat(json(twilio.get(twilio.messagesPath() + "?PageSize=1000"))
                            .get("messages"))
                    .hasSize(160);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String messagePath(String sid) {
        return "/2010-04-01/Accounts/" + TwilioTestFixture.ACCOUNT_SID + "/Messages/" + sid + ".json";
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JsonSupport.mapper().readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
