package dev.mockapis.consumer.langchain4j;

import dev.langchain4j.service.TokenStream;
import dev.langchain4j.service.spring.AiService;
import dev.langchain4j.service.spring.AiServiceWiringMode;

/** The assistant's streaming face, on the OpenAI streaming chat model from LangChain4j's starter. */
@AiService(wiringMode = AiServiceWiringMode.EXPLICIT, streamingChatModel = "openAiStreamingChatModel")
public interface StreamingAssistant {

    TokenStream chat(String message);
}
