package dev.mockapis.conversation;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.JsonValue;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.ToolUseBlock;
import dev.mockapis.core.FakeServer;
import java.util.List;
import java.util.Map;

/** The Messages API through anthropic-java. */
final class AnthropicChatDriver implements ChatDriver {

    private final FakeServer server;
    private final AnthropicClient client;
    private final MessageCreateParams.Builder conversation;
    private String pendingToolUseId;

    @SuppressWarnings("unchecked")
    AnthropicChatDriver(FakeServer server) {
        this.server = server;
        this.client = AnthropicOkHttpClient.builder()
                .baseUrl(server.baseUrl())
                .apiKey("sk-ant-test")
                .maxRetries(0)
                .responseValidation(true)
                .build();
        this.conversation = MessageCreateParams.builder()
                .model("claude-sonnet-4-5")
                .maxTokens(1024)
                .system("You are a weather desk.")
                .addTool(Tool.builder()
                        .name("get_weather")
                        .description("Weather in a city")
                        .inputSchema(Tool.InputSchema.builder()
                                .properties(JsonValue.from(WEATHER_SCHEMA.get("properties")))
                                .required((List<String>) WEATHER_SCHEMA.get("required"))
                                .build())
                        .build());
    }

    @Override
    public FakeServer server() {
        return server;
    }

    @Override
    public Answer say(String text) {
        return ask(conversation.addUserMessage(text));
    }

    @Override
    public Answer returnToolResult(String output) {
        return ask(conversation.addUserMessageOfContentBlockParams(
                List.of(ContentBlockParam.ofToolResult(ToolResultBlockParam.builder()
                        .toolUseId(pendingToolUseId)
                        .content(output)
                        .build()))));
    }

    @Override
    public Answer returnToolResultAndAsk(String output, String question) {
        return ask(conversation.addUserMessageOfContentBlockParams(List.of(
                ContentBlockParam.ofToolResult(ToolResultBlockParam.builder()
                        .toolUseId(pendingToolUseId)
                        .content(output)
                        .build()),
                ContentBlockParam.ofText(com.anthropic.models.messages.TextBlockParam.builder()
                        .text(question)
                        .build()))));
    }

    @SuppressWarnings("unchecked")
    private Answer ask(MessageCreateParams.Builder request) {
        Message message = client.messages().create(request.build());
        conversation.addMessage(message);
        for (ContentBlock block : message.content()) {
            if (block.isToolUse()) {
                ToolUseBlock toolUse = block.asToolUse();
                pendingToolUseId = toolUse.id();
                return Answer.call(toolUse.name(), toolUse._input().convert(Map.class));
            }
        }
        return Answer.text(message.content().get(0).asText().text());
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
