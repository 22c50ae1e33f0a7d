package dev.mockapis.twilio;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.internal.JsonSupport;

/**
 * Writes Message and Media resources as Twilio's 2010 API returns them: every field of the spec, keys
 * in Twilio's order, RFC 2822 dates, counts as strings, {@code error_code} an integer or null, URIs
 * relative to {@code https://api.twilio.com}.
 */
final class MessageJson {

    static final String API_VERSION = "2010-04-01";

    private MessageJson() {}

    static String accountPath(String accountSid) {
        return "/" + API_VERSION + "/Accounts/" + accountSid;
    }

    static String messageUri(StoredMessage message) {
        return accountPath(message.accountSid()) + "/Messages/" + message.sid() + ".json";
    }

    static String mediaListUri(StoredMessage message) {
        return accountPath(message.accountSid()) + "/Messages/" + message.sid() + "/Media.json";
    }

    static ObjectNode message(StoredMessage message) {
        ObjectNode json = JsonSupport.object();
        json.put("account_sid", message.accountSid());
        json.put("api_version", API_VERSION);
        json.put("body", message.body());
        json.put("date_created", Rfc2822.format(message.dateCreated()));
        json.put("date_sent", Rfc2822.format(message.dateSent()));
        json.put("date_updated", Rfc2822.format(message.dateUpdated()));
        json.put("direction", message.inbound() ? "inbound" : "outbound-api");
        Integer errorCode = message.currentErrorCode();
        if (errorCode == null) {
            json.putNull("error_code");
            json.putNull("error_message");
        } else {
            json.put("error_code", errorCode);
            json.put("error_message", TwilioErrors.deliveryErrorMessage(errorCode));
        }
        json.put("from", message.from());
        json.put("messaging_service_sid", message.request().messagingServiceSid());
        json.put("num_media", Integer.toString(message.media().size()));
        json.put("num_segments", Integer.toString(message.numSegments()));
        json.put("price", message.price());
        json.put("price_unit", message.priceUnit());
        json.put("sid", message.sid());
        json.put("status", message.status().wire());
        ObjectNode subresources = json.putObject("subresource_uris");
        subresources.put("media", mediaListUri(message));
        if (message.request().provideFeedback()) {
            subresources.put(
                    "feedback", accountPath(message.accountSid()) + "/Messages/" + message.sid() + "/Feedback.json");
        }
        json.put("to", message.to());
        json.put("uri", messageUri(message));
        return json;
    }

    static ObjectNode media(StoredMedia media) {
        ObjectNode json = JsonSupport.object();
        json.put("account_sid", media.accountSid());
        json.put("content_type", media.contentType());
        json.put("date_created", Rfc2822.format(media.dateCreated()));
        json.put("date_updated", Rfc2822.format(media.dateCreated()));
        json.put("parent_sid", media.parentSid());
        json.put("sid", media.sid());
        json.put("uri", media.contentPath() + ".json");
        return json;
    }
}
