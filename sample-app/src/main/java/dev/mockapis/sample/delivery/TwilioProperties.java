package dev.mockapis.sample.delivery;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Twilio account the assistant sends and receives WhatsApp messages with.
 *
 * @param accountSid the account SID
 * @param authToken the auth token; it also signs Twilio's webhooks
 * @param whatsappNumber the business's WhatsApp sender, such as {@code whatsapp:+14155238886}
 * @param statusCallbackUrl where Twilio reports the delivery of sent messages: this application's {@code /twilio/status}
 * @param windowClosedTemplateSid the approved template ({@code HX...}) sent instead of a reply that
 *        failed because the customer's 24-hour WhatsApp window had closed
 */
@ConfigurationProperties("twilio")
public record TwilioProperties(
        String accountSid,
        String authToken,
        String whatsappNumber,
        URI statusCallbackUrl,
        String windowClosedTemplateSid) {}
