package dev.mockapis.sample.demo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The error a failed call to a fake got, as the provider states it: Twilio's numeric {@code code} and
 * {@code message}, OpenAI's and Anthropic's {@code type} or {@code code} and {@code message}.
 */
final class CallErrors {

    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"?([A-Za-z0-9_.]+)\"?");
    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([A-Za-z0-9_.]+)\"");
    private static final Pattern MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){0,200})");

    private CallErrors() {}

    /** The error of a call that failed, or {@code null} for one that succeeded. */
    static String describe(int status, String responseBody) {
        if (status < 400) {
            return null;
        }
        String body = responseBody == null ? "" : responseBody;
        String code = first(CODE, body);
        if (code == null || code.equals("null")) {
            code = first(TYPE, body);
        }
        String message = first(MESSAGE, body);
        StringBuilder error = new StringBuilder("HTTP ").append(status);
        if (code != null && !code.equals("null")) {
            error.append(" · ").append(code);
        }
        if (message != null) {
            error.append(" · ").append(message);
        }
        return error.toString();
    }

    private static String first(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }
}
