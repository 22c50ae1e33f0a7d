package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.internal.JsonSupport;

/** Schemas for the structured-output modes that name none. */
final class ResponseFormats {

    private ResponseFormats() {}

    /** {@code json_object} mode: any object will do; the fake answers {@code {"reply": "..."}}. */
    static JsonNode jsonObject() {
        ObjectNode schema = JsonSupport.object().put("type", "object");
        schema.putObject("properties").putObject("reply").put("type", "string");
        return schema;
    }
}
