package dev.mockapis.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.rest.content.v1.Content;
import com.twilio.type.PhoneNumber;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The buttons and list items of templates sent through twilio-java, as the customer's taps answer them. */
class InteractiveReplyTests {

    private static final String CUSTOMER = "whatsapp:+14155550100";
    private static final String BUSINESS = "whatsapp:+14155238886";

    @RegisterExtension
    static final TwilioTestFixture twilio = new TwilioTestFixture().openingWindow(CUSTOMER, BUSINESS);

    @Test
    void aQuickReplyButtonAnswersWithItsTitleAndId() {
        String sid = template(ContentTemplates.APPOINTMENT_REMINDER, "{\"1\":\"Ana\",\"2\":\"Monday\"}");

        InteractiveReply reply = twilio.fake.interactiveReply(sid, "reschedule");

        assertThat(reply)
                .isEqualTo(new InteractiveReply(CUSTOMER, BUSINESS, sid, "reschedule", "Reschedule", null, false));
    }

    @Test
    void aListPickerItemAnswersWithItsIdTitleAndDescription() {
        String sid = template(ContentTemplates.SERVICE_MENU, null);

        InteractiveReply reply = twilio.fake.interactiveReply(sid, "order");

        assertThat(reply)
                .isEqualTo(new InteractiveReply(CUSTOMER, BUSINESS, sid, "order", "My order", "Where it is", true));
    }

    @Test
    void buttonsOfATemplateCreatedThroughTheContentApiAreRenderedWithTheMessagesVariables() {
        Content created = Content.creator(Content.ContentCreateRequest.builder(
                                "en",
                                Content.Types.builder()
                                        .twilioQuickReply(Content.TwilioQuickReply.builder(
                                                        "Request {{1}} needs you",
                                                        List.of(Content.QuickReplyAction.builder("Approve {{1}}")
                                                                .id("approve_{{1}}")
                                                                .build()))
                                                .build())
                                        .build())
                        .friendlyName("approval")
                        .variables(Map.of("1", "R-0"))
                        .build())
                .create(twilio.client);

        String sid = template(created.getSid(), "{\"1\":\"R-7\"}");

        assertThat(twilio.fake.interactiveReply(sid, "approve_R-7").title()).isEqualTo("Approve R-7");
    }

    @Test
    void anUnknownOptionIsRefusedNamingTheMessagesOptions() {
        String sid = template(ContentTemplates.APPOINTMENT_REMINDER, null);

        assertThatThrownBy(() -> twilio.fake.interactiveReply(sid, "cancel"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no option 'cancel'")
                .hasMessageContaining("[confirm, reschedule]");
    }

    @Test
    void aFreeformMessageHasNoButtons() {
        String sid = Message.creator(new PhoneNumber(CUSTOMER), new PhoneNumber(BUSINESS), "Hello")
                .create(twilio.client)
                .getSid();

        assertThatThrownBy(() -> twilio.fake.interactiveReply(sid, "confirm"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no buttons to tap");
    }

    @Test
    void aListPickerSentOutsideTheWindowNeverReachesTheCustomer() {
        twilio.fake.advanceClock(Duration.ofHours(25));
        String sid = template(ContentTemplates.SERVICE_MENU, null);

        assertThatThrownBy(() -> twilio.fake.interactiveReply(sid, "order"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ends failed with 63016");
    }

    private static String template(String contentSid, String variables) {
        MessageCreator creator = Message.creator(new PhoneNumber(CUSTOMER), new PhoneNumber(BUSINESS), (String) null)
                .setContentSid(contentSid);
        if (variables != null) {
            creator.setContentVariables(variables);
        }
        return creator.create(twilio.client).getSid();
    }
}
