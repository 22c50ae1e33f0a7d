package dev.mockapis.twilio;

import dev.mockapis.core.ProviderError;
import dev.mockapis.core.ProviderErrorException;

/**
 * The errors the Twilio fake answers with: Twilio's codes, statuses and messages, in one place. The
 * messages follow what Twilio's API returns (or, where no response body is on record, the title of the
 * code's page in Twilio's error catalog).
 */
final class TwilioErrors {

    static final String MORE_INFO_PREFIX = "https://www.twilio.com/docs/errors/";

    private TwilioErrors() {}

    static ProviderErrorException raise(ProviderError error) {
        return new ProviderErrorException(error);
    }

    static ProviderError noCredentials() {
        return error(401, 20003, "Authentication Error - No credentials provided");
    }

    static ProviderError invalidUsername() {
        return error(401, 20003, "Authentication Error - invalid username");
    }

    static ProviderError authenticate() {
        return error(401, 20003, "Authenticate");
    }

    static ProviderError notFound(String path) {
        return error(404, 20404, "The requested resource " + path + " was not found");
    }

    static ProviderError tooManyRequests() {
        return error(429, 20429, "Too Many Requests");
    }

    static ProviderError internalError() {
        return error(500, 20500, "An internal server error has occurred");
    }

    static ProviderError serviceUnavailable() {
        return error(503, 20503, "The requested Twilio Service is temporarily unavailable.");
    }

    static ProviderError toRequired() {
        return error(400, 21604, "A 'To' phone number is required.");
    }

    static ProviderError fromRequired() {
        return error(400, 21603, "A 'From' phone number is required.");
    }

    static ProviderError contentRequired() {
        return error(400, 21619, "A text message body or media urls must be specified.");
    }

    static ProviderError invalidTo(String to) {
        return error(400, 21211, "The 'To' number " + to + " is not a valid phone number.");
    }

    static ProviderError invalidFrom(String from) {
        return error(
                400,
                21212,
                "The 'From' number " + from + " is not a valid phone number, shortcode, or alphanumeric sender ID.");
    }

    static ProviderError fromNotOwned(String from) {
        return error(
                400,
                21606,
                "The From phone number " + from
                        + " is not a valid, SMS-capable inbound phone number or short code for your account.");
    }

    static ProviderError queueFull() {
        return error(400, 21611, "This 'From' number has exceeded the maximum number of queued messages");
    }

    static ProviderError unreachable(String to, String from) {
        return error(
                400,
                21612,
                "The 'To' phone number: " + to + ", is not currently reachable using the 'From' phone number: " + from
                        + " via SMS.");
    }

    static ProviderError regionNotEnabled(String to) {
        return error(
                400,
                21408,
                "Permission to send an SMS has not been enabled for the region indicated by the 'To' number: " + to
                        + ".");
    }

    static ProviderError unsubscribed() {
        return error(400, 21610, "Attempt to send to unsubscribed recipient");
    }

    static ProviderError notMobile(String to) {
        return error(400, 21614, "'To' number " + to + " is not a valid mobile number");
    }

    static ProviderError bodyTooLong() {
        return error(400, 21617, "The concatenated message body exceeds the 1600 character limit.");
    }

    static ProviderError invalidMediaUrls(String urls) {
        return error(400, 21620, "Media urls: " + urls + " are invalid. Please use only valid http and https urls");
    }

    static ProviderError tooManyMedia() {
        return error(400, 21623, "Number of media files exceeds allowed limit");
    }

    static ProviderError contentSidRequired() {
        return error(400, 21654, "A ContentSid must be specified if ContentVariables are provided in the request.");
    }

    static ProviderError invalidContentSid() {
        return error(400, 21655, "The ContentSid is Invalid");
    }

    static ProviderError invalidContentVariables() {
        return error(400, 21656, "The ContentVariables Parameter is invalid");
    }

    /** Twilio's newer APIs answer a missing or unreadable parameter with 20001. */
    static ProviderError missingParameter(String name) {
        return error(400, 20001, "Missing required parameter " + name + " in the post body");
    }

    static ProviderError invalidMessagingService() {
        return error(400, 21705, "The Messaging Service is invalid");
    }

    static ProviderError channelMismatch() {
        return error(400, 21910, "Invalid From and To pair. From and To should be of the same channel.");
    }

    static ProviderError cannotCancel() {
        return error(400, 30409, "This message cannot be canceled");
    }

    static ProviderError sendAtRequired() {
        return error(400, 35111, "SendAt cannot be empty for ScheduleType 'fixed'");
    }

    static ProviderError unsupportedSendAt() {
        return error(400, 35115, "Scheduling does not support this timestamp");
    }

    static ProviderError schedulingNeedsMessagingService() {
        return error(400, 35118, "MessagingServiceSid is required to schedule a message");
    }

    static ProviderError error(int status, int code, String message) {
        return ProviderError.of(status, Integer.toString(code), message);
    }

    /** The {@code error_message} a message resource carries for a delivery error code. */
    static String deliveryErrorMessage(int code) {
        switch (code) {
            case 30001:
                return "Queue overflow";
            case 30002:
                return "Account suspended";
            case 30003:
                return "Unreachable destination handset";
            case 30004:
                return "Message blocked";
            case 30005:
                return "Unknown destination handset";
            case 30006:
                return "Landline or unreachable carrier";
            case 30007:
                return "Message filtered";
            case 30008:
                return "Unknown error";
            case 11751:
                return "Media Message - Media exceeds messaging provider size limit";
            case 12300:
                return "Invalid Content-Type";
            case 63019:
                return "Media failed to download";
            case 63021:
                return "Channel invalid content error";
            case 63034:
                return "Media exceeds size limit";
            case 63015:
                return "Channel Sandbox can only send messages to phone numbers that have joined the Sandbox";
            case 63016:
                return "Outside messaging window. For WhatsApp, use a Message Template instead";
            default:
                return "Message delivery failed with error " + code;
        }
    }
}
