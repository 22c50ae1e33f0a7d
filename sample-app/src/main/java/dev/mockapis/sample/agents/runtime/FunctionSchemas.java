package dev.mockapis.sample.agents.runtime;

import com.openai.core.JsonValue;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.responses.FunctionTool;
import dev.mockapis.sample.tools.AgentTool;

/** The application's tools as the OpenAI SDK declares them, for Responses and for Assistants. */
final class FunctionSchemas {

    private FunctionSchemas() {}

    static FunctionTool responsesTool(AgentTool tool) {
        FunctionTool.Parameters.Builder parameters = FunctionTool.Parameters.builder();
        tool.parameters().forEach((name, value) -> parameters.putAdditionalProperty(name, JsonValue.from(value)));
        return FunctionTool.builder()
                .name(tool.name())
                .description(tool.description())
                .parameters(parameters.build())
                .strict(false)
                .build();
    }

    static FunctionDefinition assistantsFunction(AgentTool tool) {
        FunctionParameters.Builder parameters = FunctionParameters.builder();
        tool.parameters().forEach((name, value) -> parameters.putAdditionalProperty(name, JsonValue.from(value)));
        return FunctionDefinition.builder()
                .name(tool.name())
                .description(tool.description())
                .parameters(parameters.build())
                .build();
    }
}
