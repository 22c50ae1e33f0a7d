package dev.mockapis.sample.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.MockApiServers;
import dev.mockapis.TwilioWebhook;
import dev.mockapis.TwilioWebhookSimulator;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.ParsedBody;
import dev.mockapis.sample.delivery.OutboundMessage;
import dev.mockapis.sample.delivery.OutboundMessages;
import dev.mockapis.sample.persistence.ConversationHistory;
import dev.mockapis.sample.resilience.LlmCircuitBreaker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the demo page talks to: it posts a person's message to the application's own webhook, signed
 * as Twilio would sign it, and shows the conversation as the Twilio fake delivered it and the calls the
 * application made to each fake.
 */
@RestController
@Profile("demo")
class DemoController {

    private static final Pattern SID = Pattern.compile("\"sid\"\\s*:\\s*\"(SM[0-9a-fA-F]{32})\"");
    private static final Pattern FIRST_VARIABLE = Pattern.compile("\"1\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final int CALLS_SHOWN = 50;
    private static final int BODY_SHOWN = 4_000;

    private final TwilioWebhookSimulator twilio;
    private final MockApiServers servers;
    private final ConversationHistory history;
    private final OutboundMessages outbound;
    private final LlmCircuitBreaker breaker;
    private final RestClient http = RestClient.create();

    DemoController(
            TwilioWebhookSimulator twilio,
            MockApiServers servers,
            ConversationHistory history,
            OutboundMessages outbound,
            LlmCircuitBreaker breaker) {
        this.twilio = twilio;
        this.servers = servers;
        this.history = history;
        this.outbound = outbound;
        this.breaker = breaker;
    }

    @PostMapping("/demo/messages")
    Map<String, Object> send(@RequestBody TypedMessage message) {
        String webhookUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/twilio/whatsapp")
                .toUriString();
        TwilioWebhook webhook = twilio.whatsApp(message.phone(), message.text())
                .profileName(message.name())
                .postedTo(webhookUrl);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        webhook.params().forEach(form::add);
        int status = http.post()
                .uri(webhookUrl)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("X-Twilio-Signature", webhook.signature())
                .header("I-Twilio-Idempotency-Token", webhook.idempotencyToken())
                .header("User-Agent", TwilioWebhook.USER_AGENT)
                .body(form)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value();
        return Map.of("messageSid", webhook.messageSid(), "webhookStatus", status);
    }

    @GetMapping("/demo/conversation")
    List<Bubble> conversation(@RequestParam String phone) {
        String customer = phone.startsWith("whatsapp:") ? phone : "whatsapp:" + phone;
        List<Bubble> bubbles = new ArrayList<>();
        history.of(customer).stream()
                .filter(line -> line.role().equals("customer"))
                .forEach(line -> bubbles.add(new Bubble("customer", line.text(), null, line.at(), false, null, null)));
        for (Interaction call : servers.server("twilio").interactions().all()) {
            if ("messages.create".equals(call.operationId())
                    && customer.equals(form(call, "To"))
                    && call.status() == 201) {
                String sid = sid(call.responseBody());
                Optional<OutboundMessage> sent = outbound.find(sid);
                String status = sent.map(OutboundMessage::status).orElse("queued");
                Integer errorCode = sent.map(OutboundMessage::errorCode).orElse(null);
                String body = form(call, "Body");
                String text = body != null ? body : template(form(call, "ContentVariables"));
                bubbles.add(new Bubble(
                        "assistant",
                        text,
                        status,
                        call.time(),
                        body == null,
                        errorCode,
                        errorCode == null ? null : TwilioErrors.meaning(errorCode)));
            }
        }
        bubbles.sort(Comparator.comparing(Bubble::at));
        return bubbles;
    }

    /** The scenario each fake plays now, and whether the model's circuit breaker lets calls through. */
    @GetMapping("/demo/scenarios")
    Map<String, Object> scenarios() {
        return Map.of(
                "openai",
                servers.server("openai").activeScenario().name(),
                "twilio",
                servers.server("twilio").activeScenario().name(),
                "orderService",
                servers.server("order-service").activeScenario().name(),
                "llmCircuitBreaker",
                breaker.state().name());
    }

    /** Switches a fake to another of its scenarios, to watch the assistant cope with an outage. */
    @PostMapping("/demo/scenarios")
    Map<String, Object> switchScenario(@RequestBody ScenarioChoice choice) {
        servers.server(choice.api()).useScenario(choice.scenario());
        if (choice.api().equals("openai") && choice.scenario().equals(DemoScenario.NAME)) {
            // the outage is over: let customers reach the model again at once
            breaker.reset();
        }
        return scenarios();
    }

    /** The newest calls the application made to the fakes, at most {@value #CALLS_SHOWN}, and how many there were. */
    @GetMapping("/demo/calls")
    Calls calls() {
        List<Interaction> all = new ArrayList<>();
        servers.running().forEach(server -> all.addAll(server.interactions().all()));
        all.sort(Comparator.comparing(Interaction::time).reversed());
        List<Call> newest = all.stream()
                .limit(CALLS_SHOWN)
                .map(call -> new Call(
                        call.api(),
                        call.operation().orElse("(unmatched)"),
                        call.method(),
                        call.path(),
                        call.status(),
                        call.time(),
                        CallErrors.describe(call.status(), call.responseBody()),
                        clip(requestBody(call)),
                        clip(call.responseBody())))
                .toList();
        return new Calls(all.size(), newest);
    }

    private static String requestBody(Interaction call) {
        ParsedBody body = call.body();
        if (body instanceof ParsedBody.Form form) {
            return form.params().entrySet().stream()
                    .flatMap(entry -> entry.getValue().stream().map(value -> entry.getKey() + "=" + value))
                    .collect(Collectors.joining("\n"));
        }
        if (body instanceof ParsedBody.Json json) {
            return json.as(JsonNode.class).toString();
        }
        if (body instanceof ParsedBody.Text text) {
            return text.text();
        }
        if (body instanceof ParsedBody.Invalid invalid) {
            return invalid.text();
        }
        if (body instanceof ParsedBody.Truncated truncated) {
            return truncated.text();
        }
        return "";
    }

    private static String clip(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > BODY_SHOWN
                ? text.substring(0, BODY_SHOWN) + "\n… (" + text.length() + " characters)"
                : text;
    }

    /** The template's text as the customer reads it; the approved template is "We have an answer for you: {{1}}…". */
    private static String template(String variables) {
        Matcher matcher = FIRST_VARIABLE.matcher(variables == null ? "" : variables);
        String excerpt = matcher.find() ? matcher.group(1).replace("\\\"", "\"") : "";
        return "We have an answer for you: " + excerpt + "… Reply to see it in full.";
    }

    private static String form(Interaction call, String name) {
        if (call.body() instanceof ParsedBody.Form form) {
            List<String> values = form.params().get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
        return null;
    }

    private static String sid(String responseBody) {
        Matcher matcher = SID.matcher(responseBody == null ? "" : responseBody);
        return matcher.find() ? matcher.group(1) : "";
    }

    /**
     * What the person typed on the page.
     *
     * @param phone their (made-up) WhatsApp number
     * @param name their WhatsApp name
     * @param text the message
     */
    record TypedMessage(String phone, String name, String text) {}

    /**
     * A scenario to switch to.
     *
     * @param api the fake: {@code openai}, {@code twilio} or {@code order-service}
     * @param scenario one of its scenarios, such as {@code server_error}
     */
    record ScenarioChoice(String api, String scenario) {}

    /**
     * One chat bubble.
     *
     * @param from {@code customer} or {@code assistant}
     * @param text the text
     * @param status for the assistant's messages, the delivery status the application recorded
     * @param at when
     * @param template whether it went out as the approved WhatsApp template
     * @param errorCode Twilio's error code, for a message that failed or was not delivered
     * @param errorMeaning what that code means
     */
    record Bubble(
            String from,
            String text,
            String status,
            Instant at,
            boolean template,
            Integer errorCode,
            String errorMeaning) {}

    /**
     * One call the application made to a fake.
     *
     * @param api the fake
     * @param operation the operation id
     * @param method the HTTP method
     * @param path the path
     * @param status the status the fake answered
     * @param at when
     * @param error for a failed call, the provider's error code and message
     * @param request the request body
     * @param response the response body
     */
    record Call(
            String api,
            String operation,
            String method,
            String path,
            int status,
            Instant at,
            String error,
            String request,
            String response) {}

    /**
     * The newest calls.
     *
     * @param total how many calls the fakes recorded
     * @param calls the newest of them, newest first
     */
    record Calls(int total, List<Call> calls) {}
}
