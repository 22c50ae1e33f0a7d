package dev.mockapis.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** One admin request: its route variables, its JSON body, and the JSON answer. */
final class AdminExchange {

    private final HttpExchange exchange;
    private final Map<String, String> variables;

    AdminExchange(HttpExchange exchange, Map<String, String> variables) {
        this.exchange = exchange;
        this.variables = variables;
    }

    /** A variable of the matched route, such as {@code api}. */
    String variable(String name) {
        return variables.get(name);
    }

    /**
     * The request body as a JSON object; an empty body reads as an empty object.
     *
     * @throws AdminException 400 when the body is not a JSON object
     */
    ObjectNode jsonBody() throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (body.length == 0) {
            return AdminJson.object();
        }
        JsonNode node;
        try {
            node = AdminJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new AdminException(400, "The body is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new AdminException(400, "The body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    /**
     * A text field of the body.
     *
     * @throws AdminException 400 naming the field when it is missing or not text
     */
    static String requiredText(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new AdminException(400, "The body needs a text field '" + field + "'");
        }
        return value.asText();
    }

    void send(int status, JsonNode body) throws IOException {
        byte[] bytes = AdminJson.mapper().writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    void sendNoContent() throws IOException {
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    void sendError(int status, String message) throws IOException {
        send(status, AdminJson.object().put("error", message));
    }
}
