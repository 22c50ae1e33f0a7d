package dev.mockapis.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The form parameters Twilio posts to an application's webhook for an inbound WhatsApp message or SMS,
 * read from an admin request: {@code url}, {@code from} and {@code body}, optionally {@code channel}
 * ({@code whatsapp}, the default, or {@code sms}), {@code to}, {@code profileName}, {@code messageSid},
 * {@code media} ({@code [{"url":..., "contentType":...}]}) and {@code params} (any other parameters).
 */
final class InboundWebhook {

    static final String WHATSAPP_SANDBOX = "whatsapp:+14155238886";
    static final String SMS_NUMBER = "+15005550006";

    private static final SecureRandom RANDOM = new SecureRandom();

    private InboundWebhook() {}

    /**
     * The parameters, in the order Twilio sends them.
     *
     * @throws AdminException 400 naming what is missing or wrong
     */
    static Map<String, String> params(ObjectNode request, String accountSid) {
        String channel = request.path("channel").asText("whatsapp").toLowerCase(Locale.ROOT);
        if (!channel.equals("whatsapp") && !channel.equals("sms")) {
            throw new AdminException(400, "'channel' is 'whatsapp' or 'sms', was '" + channel + "'");
        }
        boolean whatsApp = channel.equals("whatsapp");
        String from = address(whatsApp, AdminExchange.requiredText(request, "from"));
        String to = address(whatsApp, request.path("to").asText(whatsApp ? WHATSAPP_SANDBOX : SMS_NUMBER));
        JsonNode media = request.path("media");
        int mediaCount = media.isArray() ? media.size() : 0;
        String sid = request.path("messageSid").asText(sid(mediaCount == 0 ? "SM" : "MM"));

        Map<String, String> params = new LinkedHashMap<>();
        params.put("SmsMessageSid", sid);
        params.put("NumMedia", Integer.toString(mediaCount));
        if (whatsApp) {
            params.put("ProfileName", request.path("profileName").asText("Test User"));
            params.put(
                    "MessageType",
                    mediaCount == 0
                            ? "text"
                            : messageType(media.get(0).path("contentType").asText("")));
        }
        params.put("SmsSid", sid);
        if (whatsApp) {
            params.put("WaId", from.substring(from.indexOf(':') + 1).replace("+", ""));
        }
        params.put("SmsStatus", "received");
        params.put("Body", request.path("body").asText(""));
        params.put("To", to);
        params.put("NumSegments", "1");
        if (whatsApp) {
            params.put("ReferralNumMedia", "0");
        }
        params.put("MessageSid", sid);
        params.put("AccountSid", accountSid);
        params.put("From", from);
        for (int i = 0; i < mediaCount; i++) {
            params.put("MediaContentType" + i, AdminExchange.requiredText((ObjectNode) media.get(i), "contentType"));
            params.put("MediaUrl" + i, AdminExchange.requiredText((ObjectNode) media.get(i), "url"));
        }
        params.put("ApiVersion", "2010-04-01");
        request.path("params")
                .properties()
                .forEach(extra -> params.put(extra.getKey(), extra.getValue().asText()));
        return params;
    }

    private static String messageType(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("image/")) {
            return "image";
        }
        if (type.startsWith("audio/")) {
            return "audio";
        }
        if (type.startsWith("video/")) {
            return "video";
        }
        return "document";
    }

    private static String address(boolean whatsApp, String number) {
        return !whatsApp || number.startsWith("whatsapp:") ? number : "whatsapp:" + number;
    }

    private static String sid(String prefix) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }
}
