package dev.mockapis.consumer.langchain4j;

import dev.langchain4j.service.spring.AiService;
import dev.langchain4j.service.spring.AiServiceWiringMode;

/** Answers customers who write in other languages, on Gemini, with the same order book. */
@AiService(wiringMode = AiServiceWiringMode.EXPLICIT, chatModel = "geminiChatModel", tools = "orderTools")
public interface Translator {

    String chat(String message);
}
