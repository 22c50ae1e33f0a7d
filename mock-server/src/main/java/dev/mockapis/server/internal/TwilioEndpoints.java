package dev.mockapis.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.twilio.StatusCallback;
import dev.mockapis.twilio.TwilioFake;
import java.io.IOException;
import java.util.Map;

/**
 * The admin endpoints that play Twilio towards the application: an inbound message posted to its
 * webhook, and the status callbacks of the messages it sent delivered to its callback URLs, all signed
 * with the Twilio fake's auth token.
 */
final class TwilioEndpoints {

    private final RunningFakes fakes;
    private final TwilioAccount account;
    private final WebhookPoster poster;

    TwilioEndpoints(RunningFakes fakes, TwilioAccount account) {
        this.fakes = fakes;
        this.account = account;
        this.poster = new WebhookPoster(account.authToken());
    }

    void register(AdminRoutes routes) {
        routes.add("POST", "/admin/twilio/inbound", this::inbound)
                .add("POST", "/admin/twilio/status-callbacks/deliver", this::deliverStatusCallbacks);
    }

    private void inbound(AdminExchange exchange) throws IOException {
        ObjectNode request = exchange.jsonBody();
        String url = AdminExchange.requiredText(request, "url");
        Map<String, String> params = InboundWebhook.params(request, account.accountSid());
        fakes.find(TwilioFake.NAME).ifPresent(running -> {
            try {
                ((TwilioFake) running.server().api()).receiveMessage(params);
            } catch (IllegalArgumentException incomplete) {
                throw new AdminException(400, incomplete.getMessage());
            }
        });
        WebhookPoster.Answer answer = poster.post(url, params);
        ObjectNode json = answerJson(answer);
        json.put("messageSid", params.get("MessageSid"));
        ObjectNode sent = json.putObject("params");
        params.forEach(sent::put);
        exchange.send(200, json);
    }

    private void deliverStatusCallbacks(AdminExchange exchange) throws IOException {
        if (fakes.find(TwilioFake.NAME).isEmpty()) {
            throw new AdminException(404, "The twilio fake is not running; start it with --apis including twilio");
        }
        TwilioFake twilio = (TwilioFake) fakes.require(TwilioFake.NAME).server().api();
        twilio.deliverAll();
        ObjectNode json = AdminJson.object();
        ArrayNode delivered = json.putArray("delivered");
        for (StatusCallback callback : twilio.takeStatusCallbacks()) {
            ObjectNode entry = delivered.addObject();
            entry.put("url", callback.deliveryUrl());
            entry.put("messageSid", callback.messageSid());
            entry.put("messageStatus", callback.messageStatus());
            entry.put("idempotencyToken", callback.idempotencyToken());
            try {
                int attempts = 0;
                WebhookPoster.Answer answer;
                do {
                    attempts++;
                    answer = poster.post(callback.deliveryUrl(), callback.params(), callback.idempotencyToken());
                } while (answer.status() / 100 != 2 && attempts < callback.attempts(answer.status()));
                entry.setAll(answerJson(answer));
                entry.put("attempts", attempts);
            } catch (AdminException unreachable) {
                entry.put("error", unreachable.getMessage());
            }
        }
        exchange.send(200, json);
    }

    private static ObjectNode answerJson(WebhookPoster.Answer answer) {
        ObjectNode json = AdminJson.object();
        json.put("status", answer.status());
        json.put("contentType", answer.contentType());
        json.put("body", answer.body());
        return json;
    }
}
