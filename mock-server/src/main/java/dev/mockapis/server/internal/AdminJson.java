package dev.mockapis.server.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The admin API's JSON mapper, made on first use. */
final class AdminJson {

    private AdminJson() {}

    static ObjectMapper mapper() {
        return Holder.MAPPER;
    }

    static ObjectNode object() {
        return mapper().createObjectNode();
    }

    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
