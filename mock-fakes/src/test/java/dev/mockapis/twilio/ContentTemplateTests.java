package dev.mockapis.twilio;

import static dev.mockapis.twilio.TwilioSdkErrorTests.assertTwilioError;
import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.content.v1.Content;
import com.twilio.rest.content.v1.content.ApprovalCreate;
import com.twilio.rest.content.v1.content.ApprovalFetch;
import com.twilio.type.PhoneNumber;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Content API fake and {@code ContentSid} templates on messages, through twilio-java. */
class ContentTemplateTests {

    private static final PhoneNumber CUSTOMER = new PhoneNumber("whatsapp:+14155550100");
    private static final PhoneNumber BUSINESS = new PhoneNumber("whatsapp:+14155238886");

    @RegisterExtension
    static final TwilioTestFixture twilio = new TwilioTestFixture();

    @Test
    void theSeededTemplatesAreListedAndFetchedAsTheContentApiReturnsThem() {
        List<Content> listed = StreamSupport.stream(
                        Content.reader().pageSize(2).read(twilio.client).spliterator(), false)
                .toList();

        assertThat(listed)
                .extracting(Content::getSid)
                .containsExactly(
                        ContentTemplates.ORDER_UPDATE,
                        ContentTemplates.APPOINTMENT_REMINDER,
                        ContentTemplates.CONVERSATION_FOLLOW_UP,
                        ContentTemplates.SPRING_SALE,
                        ContentTemplates.SERVICE_MENU);
        Content order = Content.fetcher(ContentTemplates.ORDER_UPDATE).fetch(twilio.client);
        assertThat(order.getFriendlyName()).isEqualTo("order_update");
        assertThat(order.getLanguage()).isEqualTo("en");
        assertThat(order.getAccountSid()).isEqualTo(TwilioTestFixture.ACCOUNT_SID);
        assertThat(order.getDateCreated().toInstant()).isEqualTo(TwilioTestFixture.START);
        assertThat(order.getUrl())
                .hasToString("https://content.twilio.com/v1/Content/" + ContentTemplates.ORDER_UPDATE);
        assertThat(order.getLinks())
                .containsEntry(
                        "approval_fetch",
                        "https://content.twilio.com/v1/Content/" + ContentTemplates.ORDER_UPDATE + "/ApprovalRequests");
        assertThat(order.getTypes().toString()).contains("Your order {{1}} has shipped and will arrive {{2}}.");
        assertThat(order.getVariables().toString()).contains("12345");
    }

    @Test
    void aTemplateIsCreatedSubmittedApprovedOnFetchesAndDeleted() {
        Content created = Content.creator(Content.ContentCreateRequest.builder(
                                "en",
                                Content.Types.builder()
                                        .twilioText(Content.TwilioText.builder("Your table for {{1}} is ready")
                                                .build())
                                        .build())
                        .friendlyName("table_ready")
                        .variables(Map.of("1", "two"))
                        .build())
                .create(twilio.client);

        assertThat(created.getSid()).matches("HX[0-9a-f]{32}");
        assertThat(ApprovalFetch.fetcher(created.getSid())
                        .fetch(twilio.client)
                        .getWhatsapp()
                        .toString())
                .contains("unsubmitted");
        ApprovalCreate submitted = ApprovalCreate.creator(
                        created.getSid(),
                        ApprovalCreate.ContentApprovalRequest.builder("table_ready", "UTILITY")
                                .build())
                .create(twilio.client);
        assertThat(submitted.getStatus()).isEqualTo("received");
        assertThat(submitted.getContentType()).isEqualTo("twilio/text");
        assertThat(List.of(status(created), status(created), status(created)))
                .containsExactly("pending", "approved", "approved");

        Content.deleter(created.getSid()).delete(twilio.client);
        assertTwilioError(
                () -> Content.fetcher(created.getSid()).fetch(twilio.client),
                404,
                20404,
                "The requested resource /v1/Content/" + created.getSid() + " was not found");
        twilio.reset();
        assertThat(Content.reader().read(twilio.client)).hasSize(5);
    }

    @Test
    void aTemplatedMessageCarriesTheRenderedBodyAndDefaultsFillWhatIsLeftOut() {
        twilio.fake.receiveInbound(CUSTOMER.toString(), BUSINESS.toString());

        Message sent = template(ContentTemplates.ORDER_UPDATE, "{\"1\":\"A-1042\"}");

        assertThat(sent.getBody()).isEqualTo("Your order A-1042 has shipped and will arrive tomorrow.");
        assertThat(Message.fetcher(sent.getSid()).fetch(twilio.client).getBody())
                .isEqualTo("Your order A-1042 has shipped and will arrive tomorrow.");
    }

    @Test
    void contentSidAndContentVariablesAreValidatedAsTwilioDoes() {
        assertTwilioError(
                () -> template("HX00000000000000000000000000000000", null), 400, 21655, "The ContentSid is Invalid");
        assertTwilioError(() -> template("not-a-sid", null), 400, 21655, "The ContentSid is Invalid");
        for (String invalid : List.of("not json", "[\"a\"]", "{\"1\":null}", "{\"1\":\"\"}", "{\"1\":{\"a\":1}}")) {
            assertTwilioError(
                    () -> template(ContentTemplates.ORDER_UPDATE, invalid),
                    400,
                    21656,
                    "The ContentVariables Parameter is invalid");
        }
        assertTwilioError(
                () -> Message.creator(CUSTOMER, BUSINESS, "Hi")
                        .setContentVariables("{\"1\":\"x\"}")
                        .create(twilio.client),
                400,
                21654,
                "A ContentSid must be specified if ContentVariables are provided in the request.");
        assertThat(Message.reader().read(twilio.client)).isEmpty();
    }

    @Test
    void outsideTheWindowOnlyApprovedTemplatesThatMayStartAConversationAreDelivered() {
        Message approved = template(ContentTemplates.APPOINTMENT_REMINDER, "{\"1\":\"Ana\",\"2\":\"Monday\"}");
        Message pending = template(ContentTemplates.SPRING_SALE, null);
        Message listPicker = template(ContentTemplates.SERVICE_MENU, null);
        twilio.fake.deliverAll();

        assertThat(fetch(approved).getStatus()).isEqualTo(Message.Status.DELIVERED);
        assertThat(fetch(approved).getBody()).isEqualTo("Hi Ana, your appointment is on Monday. Can you make it?");
        assertThat(fetch(pending).getErrorCode()).isEqualTo(63016);
        assertThat(fetch(listPicker).getErrorCode()).isEqualTo(63016);

        twilio.fake.receiveInbound(CUSTOMER.toString(), BUSINESS.toString());
        Message menuInWindow = template(ContentTemplates.SERVICE_MENU, null);
        twilio.fake.advanceClock(Duration.ofMinutes(1));
        twilio.fake.deliverAll();
        assertThat(fetch(menuInWindow).getStatus()).isEqualTo(Message.Status.DELIVERED);
        assertThat(fetch(menuInWindow).getBody()).isEqualTo("How can we help you today?");
    }

    @Test
    void malformedContentRequestsGetTwiliosBadRequest() {
        var response = twilio.send("POST", "/v1/Content", "application/json", "{\"types\":{}}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":20001").contains("language");
        response = twilio.send("POST", "/v1/Content", "application/json", "not json");
        assertThat(response.statusCode()).isEqualTo(400);
        response = twilio.send(
                "POST",
                "/v1/Content/" + ContentTemplates.ORDER_UPDATE + "/ApprovalRequests/whatsapp",
                "application/json",
                "{\"name\":\"x\",\"category\":\"GOSSIP\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("category");
    }

    private static String status(Content content) {
        Object whatsApp =
                ApprovalFetch.fetcher(content.getSid()).fetch(twilio.client).getWhatsapp();
        return String.valueOf(((Map<?, ?>) whatsApp).get("status"));
    }

    private static Message template(String contentSid, String variables) {
        var creator = Message.creator(CUSTOMER, BUSINESS, (String) null).setContentSid(contentSid);
        if (variables != null) {
            creator.setContentVariables(variables);
        }
        return creator.create(twilio.client);
    }

    private static Message fetch(Message message) {
        return Message.fetcher(message.getSid()).fetch(twilio.client);
    }
}
