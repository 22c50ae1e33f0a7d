package dev.mockapis.core;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of the provider-shaped error with which {@link GuardedInput} answers a request that never
 * reaches the dispatcher: status line, the provider's error headers and body, then {@code Connection:
 * close}, since the connection ends after it.
 */
final class Rejections {

    private static final Map<Integer, String> REASONS = Map.of(
            400,
            "Bad Request",
            408,
            "Request Timeout",
            413,
            "Content Too Large",
            431,
            "Request Header Fields Too Large",
            505,
            "HTTP Version Not Supported");

    private final ErrorFormat errors;

    Rejections(ErrorFormat errors) {
        this.errors = errors;
    }

    byte[] response(@Nullable String method, int status, String message) {
        String safeMethod = method == null || method.isEmpty() ? "GET" : method;
        FakeRequest request = new FakeRequest(safeMethod, "/", HttpHeaders.empty(), new byte[0]);
        FakeResponse response = errors.render(errors.badRequest(request, status, message));
        byte[] body = response.body() instanceof ResponseBody.Bytes bytes ? bytes.content() : new byte[0];
        StringBuilder head = new StringBuilder("HTTP/1.1 ")
                .append(status)
                .append(' ')
                .append(REASONS.getOrDefault(status, "Bad Request"))
                .append("\r\n");
        response.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Content-Length")
                    && !name.equalsIgnoreCase("Connection")
                    && !name.equalsIgnoreCase("Transfer-Encoding")) {
                head.append(name).append(": ").append(value).append("\r\n");
            }
        });
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        if (!safeMethod.equals("HEAD")) {
            wire.writeBytes(body);
        }
        return wire.toByteArray();
    }
}
