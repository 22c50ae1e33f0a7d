package dev.mockapis.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.conversation.internal.Turn;
import dev.mockapis.core.internal.JsonSupport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code generateContent} request body, checked as the Gemini API checks it and read into a
 * provider-neutral {@link Turn}: {@code systemInstruction}, {@code contents} with text,
 * {@code functionCall} and {@code functionResponse} parts, {@code tools[].functionDeclarations} as
 * {@code toolConfig.functionCallingConfig} leaves them ({@code NONE} hides them, {@code allowedFunctionNames}
 * narrows them, {@code ANY} forces a call), and
 * {@code generationConfig} ({@code maxOutputTokens}, {@code stopSequences}, a response schema,
 * {@code thinkingConfig.includeThoughts}).
 */
final class GenerateContentRequest {

    private GenerateContentRequest() {}

    /**
     * Reads and checks a request.
     *
     * @param operationId the operation asking
     * @param model the model of the path, without {@code models/}
     * @param apiVersion {@code v1beta} or {@code v1}, for error messages
     * @throws ProviderErrorException with Gemini's error for an invalid request
     */
    static Turn read(String operationId, String model, String apiVersion, JsonNode body) {
        if (!body.isObject()) {
            throw invalid("Invalid JSON payload received. Expected an object.");
        }
        if (!model.startsWith("gemini-") && !model.startsWith("gemma-")) {
            throw new ProviderErrorException(GeminiErrors.error(
                    404,
                    "NOT_FOUND",
                    "models/" + model + " is not found for API version "
                            + apiVersion
                            + ", or is not supported for generateContent. Call ListModels to see the list of available models "
                            + "and their supported methods."));
        }
        Turn.Builder turn = Turn.builder(operationId, model);
        turn.instructions(texts(repeated(body.path("systemInstruction").path("parts"))));
        readContents(body.get("contents"), turn);
        JsonNode calling = body.path("toolConfig").path("functionCallingConfig");
        String mode = calling.path("mode").asText("AUTO");
        Set<String> allowed = new HashSet<>();
        repeated(calling.path("allowedFunctionNames")).forEach(name -> allowed.add(name.asText()));
        turn.toolRequired(mode.equals("ANY"));
        for (JsonNode tool : repeated(body.path("tools"))) {
            for (JsonNode function : repeated(tool.path("functionDeclarations"))) {
                if (mode.equals("NONE")
                        || !allowed.isEmpty()
                                && !allowed.contains(function.path("name").asText())) {
                    continue;
                }
                JsonNode schema = function.has("parametersJsonSchema")
                        ? function.get("parametersJsonSchema")
                        : function.get("parameters");
                turn.tool(
                        function.path("name").asText(),
                        function.path("description").asText(null),
                        schema);
            }
        }
        JsonNode config = body.path("generationConfig");
        if (config.path("maxOutputTokens").canConvertToInt()) {
            turn.maxOutputTokens(config.get("maxOutputTokens").asInt());
        }
        repeated(config.path("stopSequences")).forEach(stop -> turn.stopSequence(stop.asText()));
        turn.reasoning(config.path("thinkingConfig").path("includeThoughts").asBoolean(false));
        if (config.path("responseMimeType").asText().equals("application/json")) {
            JsonNode schema =
                    config.has("responseJsonSchema") ? config.get("responseJsonSchema") : config.get("responseSchema");
            turn.outputSchema(schema == null ? JsonSupport.object() : schema);
        }
        return turn.build();
    }

    private static void readContents(JsonNode contents, Turn.Builder turn) {
        List<JsonNode> each = contents == null ? List.of() : repeated(contents);
        if (each.isEmpty()) {
            throw invalid("* GenerateContentRequest.contents: contents is not specified");
        }
        // the function responses sent since the model last spoke, the user's new words after them included
        List<Turn.ToolResult> lastResults = new ArrayList<>();
        for (JsonNode content : each) {
            String role = content.path("role").asText("user");
            if (!role.equals("user") && !role.equals("model")) {
                throw invalid("Please use a valid role: user, model.");
            }
            List<JsonNode> parts = repeated(content.path("parts"));
            if (parts.isEmpty()) {
                throw invalid("* GenerateContentRequest.contents: contents.parts must not be empty.");
            }
            turn.message(role.equals("model") ? Turn.Message.ASSISTANT : Turn.Message.USER, texts(parts));
            if (role.equals("model")) {
                lastResults.clear();
            } else {
                lastResults.addAll(functionResponses(parts));
            }
        }
        turn.toolResults(lastResults);
    }

    private static List<Turn.ToolResult> functionResponses(List<JsonNode> parts) {
        List<Turn.ToolResult> results = new ArrayList<>();
        for (JsonNode part : parts) {
            JsonNode response = part.get("functionResponse");
            if (response != null) {
                results.add(new Turn.ToolResult(
                        response.path("id").asText(null),
                        response.path("name").asText(),
                        output(response.path("response"))));
            }
        }
        return results;
    }

    /** A function's response as text: a lone string field ({@code {"result": "..."}}) is the text itself. */
    private static String output(JsonNode response) {
        if (response.isObject()
                && response.size() == 1
                && response.elements().next().isTextual()) {
            return response.elements().next().asText();
        }
        return response.isTextual() ? response.asText() : JsonSupport.write(response);
    }

    private static String texts(List<JsonNode> parts) {
        StringBuilder text = new StringBuilder();
        for (JsonNode part : parts) {
            if (part.path("text").isTextual() && !part.path("thought").asBoolean(false)) {
                text.append(part.get("text").asText());
            }
        }
        return text.toString();
    }

    /**
     * A repeated field's values. Google's JSON parser takes a single value where a list is declared, and
     * clients rely on it: LangChain4j sends {@code tools} as one object.
     */
    static List<JsonNode> repeated(JsonNode field) {
        if (field.isArray()) {
            List<JsonNode> values = new ArrayList<>(field.size());
            field.forEach(values::add);
            return values;
        }
        return field.isMissingNode() || field.isNull() ? List.of() : List.of(field);
    }

    private static ProviderErrorException invalid(String message) {
        return new ProviderErrorException(GeminiErrors.invalidArgument(message));
    }
}
