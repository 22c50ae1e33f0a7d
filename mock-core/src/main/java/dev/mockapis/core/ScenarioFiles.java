package dev.mockapis.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mockapis.core.internal.JsonSupport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads scenarios from JSON or YAML files. The format, documented in the README:
 *
 * <pre>
 * description: Assistant creation returns a fixed id
 * rules:
 *   - operation: assistants.create
 *     when: { json: { /model: gpt-4o } }
 *     steps:
 *       - respond: { status: 200, body: { id: asst_custom, object: assistant } }
 *       - error: { status: 429, code: rate_limit_exceeded, message: Slow down }
 *       - proceed: { reply: Hello }
 *         faults: [ { delay: 200ms }, disconnectMidBody ]
 * streamTiming: { timeToFirstToken: 300ms, tokensPerSecond: 40, jitter: 10ms, seed: 7 }   # optional
 * </pre>
 *
 * For the LLM fakes, {@code operation: model.turn} covers every operation that asks the model for an
 * answer, {@code when} also takes conditions on that turn ({@code userTextContains}, {@code
 * instructionsContain}, {@code model}, {@code toolDeclared}, {@code toolResultsReturned: true}), and
 * {@code proceed} takes the replies {@link dev.mockapis.core.conversation.internal.ReplyDirectives} reads, so one
 * file scripts every provider alike.
 *
 * Every mistake is reported with the file, the line of the rule and the field at fault.
 */
public final class ScenarioFiles {

    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();

    private ScenarioFiles() {}

    /**
     * Reads one scenario; its name is the file's base name.
     *
     * @param fileName the file's name or path, ending in {@code .json}, {@code .yaml} or {@code .yml}
     * @param content the file's content
     * @param api the api the scenario is for: its operations and directives are checked
     * @throws ScenarioFileException naming the file, line and field of the first problem
     */
    public static Scenario read(String fileName, String content, FakeApi api) {
        String name = baseName(fileName);
        try (JsonParser parser = factoryFor(fileName).createParser(content)) {
            parser.setCodec(JsonSupport.mapper());
            return readScenario(fileName, name, parser, api);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ScenarioFileException(
                    fileName, line, "", "not valid " + format(fileName) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ScenarioFileException(fileName, 0, "", "cannot be read: " + e.getMessage());
        }
    }

    private static Scenario readScenario(String fileName, String name, JsonParser parser, FakeApi api)
            throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new ScenarioFileException(
                    fileName, line(parser), "", "expected an object with 'description' and 'rules'");
        }
        String description = "";
        List<Rule> rules = new ArrayList<>();
        StreamTiming streamTiming = StreamTiming.NONE;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "description":
                    description = parser.getValueAsString("");
                    break;
                case "rules":
                    if (value != JsonToken.START_ARRAY) {
                        throw new ScenarioFileException(fileName, line(parser), "rules", "expected a list of rules");
                    }
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        int line = line(parser);
                        JsonNode rule = parser.readValueAsTree();
                        rules.add(new RuleReader(fileName, line, "rules[" + rules.size() + "]", api).read(rule));
                    }
                    break;
                case "streamTiming":
                    int at = line(parser);
                    streamTiming = StreamTimingReader.read(fileName, at, parser.readValueAsTree());
                    break;
                default:
                    throw new ScenarioFileException(
                            fileName,
                            line(parser),
                            field,
                            "unknown field; expected 'description', 'rules' or 'streamTiming'");
            }
        }
        try {
            return new Scenario(name, description, rules, streamTiming);
        } catch (IllegalArgumentException e) {
            throw new ScenarioFileException(fileName, 0, "", e.getMessage());
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static JsonFactory factoryFor(String fileName) {
        return format(fileName).equals("JSON") ? JSON : YAML;
    }

    private static String format(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return "JSON";
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return "YAML";
        }
        throw new ScenarioFileException(fileName, 0, "", "a scenario file ends in .json, .yaml or .yml");
    }

    private static String baseName(String fileName) {
        String file = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return file.substring(0, file.lastIndexOf('.') < 0 ? file.length() : file.lastIndexOf('.'));
    }
}
