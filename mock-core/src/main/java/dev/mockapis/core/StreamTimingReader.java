package dev.mockapis.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;

/**
 * A scenario file's {@code streamTiming}: {@code {timeToFirstToken: 300ms, tokensPerSecond: 40, jitter: 10ms,
 * seed: 7}}, every field optional, the omitted ones zero.
 */
final class StreamTimingReader {

    private static final List<String> FIELDS = List.of("timeToFirstToken", "tokensPerSecond", "jitter", "seed");

    private StreamTimingReader() {}

    static StreamTiming read(String fileName, int line, JsonNode node) {
        if (!node.isObject()) {
            throw new ScenarioFileException(
                    fileName, line, "streamTiming", "expected an object with " + String.join(", ", FIELDS));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new ScenarioFileException(
                        fileName,
                        line,
                        "streamTiming." + name,
                        "unknown field; expected one of " + String.join(", ", FIELDS));
            }
        }
        try {
            Duration first = duration(node.get("timeToFirstToken"));
            Duration jitter = duration(node.get("jitter"));
            JsonNode rate = node.get("tokensPerSecond");
            if (rate != null && !rate.isNumber()) {
                throw new IllegalArgumentException("tokensPerSecond is a number, was " + rate);
            }
            JsonNode seed = node.get("seed");
            if (seed != null && !seed.canConvertToLong()) {
                throw new IllegalArgumentException("seed is a whole number, was " + seed);
            }
            return new StreamTiming(
                    first, rate == null ? 0 : rate.asDouble(), jitter, seed == null ? 0 : seed.asLong());
        } catch (IllegalArgumentException e) {
            throw new ScenarioFileException(fileName, line, "streamTiming", e.getMessage());
        }
    }

    private static Duration duration(JsonNode node) {
        return node == null || node.isNull() ? Duration.ZERO : DurationText.parse(node.asText());
    }
}
