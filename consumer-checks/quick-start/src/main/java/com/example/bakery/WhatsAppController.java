package com.example.bakery;

import com.openai.client.OpenAIClient;
import com.openai.errors.OpenAIException;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.security.RequestValidator;
import com.twilio.type.PhoneNumber;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Checks Twilio's signature with the application's own auth token, asks OpenAI, replies through Twilio. */
@RestController
class WhatsAppController {

    static final String FALLBACK = "Sorry, I cannot answer right now. We will get back to you soon.";

    private final RequestValidator validator;
    private final OpenAIClient openAi;
    private final TwilioRestClient twilio;

    WhatsAppController(@Value("${twilio.auth-token}") String authToken, OpenAIClient openAi, TwilioRestClient twilio) {
        this.validator = new RequestValidator(authToken);
        this.openAi = openAi;
        this.twilio = twilio;
    }

    @PostMapping(path = "/twilio/whatsapp", produces = "application/xml")
    ResponseEntity<String> inbound(HttpServletRequest request) {
        if (!signed(request)) {
            return ResponseEntity.status(403).build();
        }
        Message.creator(
                        new PhoneNumber(request.getParameter("From")),
                        new PhoneNumber(request.getParameter("To")),
                        answer(request.getParameter("Body")))
                .create(twilio);
        return ResponseEntity.ok("<Response/>");
    }

    private String answer(String question) {
        try {
            return openAi.chat()
                    .completions()
                    .create(ChatCompletionCreateParams.builder()
                            .model(ChatModel.GPT_4O_MINI)
                            .addUserMessage(question)
                            .build())
                    .choices()
                    .get(0)
                    .message()
                    .content()
                    .orElse(FALLBACK);
        } catch (OpenAIException e) {
            return FALLBACK;
        }
    }

    private boolean signed(HttpServletRequest request) {
        String url = request.getRequestURL() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Map<String, String> params = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, values[0]));
        String signature = request.getHeader("X-Twilio-Signature");
        return signature != null && validator.validate(url, params, signature);
    }
}
