package dev.mockapis.sample;

import com.openai.client.OpenAIClient;
import com.openai.errors.OpenAIException;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import org.springframework.stereotype.Service;

/** Asks OpenAI for the assistant's answer to one customer message. */
@Service
class ReplyGenerator {

    static final String FALLBACK = "Sorry, I can't answer right now. A colleague will get back to you shortly.";

    private static final String INSTRUCTIONS = "You are the WhatsApp assistant of a small bakery. Answer briefly and kindly.";

    private final OpenAIClient openAi;

    ReplyGenerator(OpenAIClient openAi) {
        this.openAi = openAi;
    }

    String replyTo(String customerMessage) {
        try {
            ChatCompletion completion = openAi.chat().completions().create(ChatCompletionCreateParams.builder()
                    .model(ChatModel.GPT_4O_MINI)
                    .addSystemMessage(INSTRUCTIONS)
                    .addUserMessage(customerMessage)
                    .build());
            return completion.choices().get(0).message().content().filter(text -> !text.isBlank()).orElse(FALLBACK);
        } catch (OpenAIException e) {
            return FALLBACK;
        }
    }
}
