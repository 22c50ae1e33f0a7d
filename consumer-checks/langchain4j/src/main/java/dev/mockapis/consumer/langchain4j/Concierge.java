package dev.mockapis.consumer.langchain4j;

import dev.langchain4j.service.spring.AiService;
import dev.langchain4j.service.spring.AiServiceWiringMode;

/** The assistant for catering orders, on Claude, with the same order book. */
@AiService(wiringMode = AiServiceWiringMode.EXPLICIT, chatModel = "anthropicChatModel", tools = "orderTools")
public interface Concierge {

    String chat(String message);
}
