package dev.mockapis.consumer.langchain4j;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.spring.AiService;
import dev.langchain4j.service.spring.AiServiceWiringMode;

/** The customer-facing assistant, on the OpenAI chat model from LangChain4j's starter. */
@AiService(wiringMode = AiServiceWiringMode.EXPLICIT, chatModel = "openAiChatModel", tools = "orderTools")
public interface Assistant {

    @SystemMessage("You are the assistant of a small bakery. Be brief.")
    String chat(String message);

    /** Reads an order out of a customer's message. */
    OrderRequest readOrder(String message);

    /** What a customer ordered. */
    record OrderRequest(String pastry, int quantity, String pickUpDay) {}
}
