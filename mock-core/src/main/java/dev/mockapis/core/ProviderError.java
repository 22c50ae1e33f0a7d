package dev.mockapis.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An error as a provider reports it, independent of its wire shape; each fake renders it in its own
 * format (OpenAI's {@code {"error":{...}}}, Twilio's {@code {code,message,more_info,status}}, ...).
 *
 * @param status the HTTP status
 * @param code the provider's error code ({@code "rate_limit_exceeded"}, {@code "20003"}), or {@code null}
 * @param type the provider's error type ({@code "invalid_request_error"}), or {@code null}
 * @param message the human-readable message
 * @param param the request parameter at fault, or {@code null}
 */
public record ProviderError(
        int status,
        @Nullable String code,
        @Nullable String type,
        String message,
        @Nullable String param) {

    /** Validates. */
    public ProviderError {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("An error status must be within 400..599, was " + status);
        }
        Objects.requireNonNull(message, "message");
    }

    /** An error with status, code and message. */
    public static ProviderError of(int status, String code, String message) {
        return new ProviderError(status, code, null, message, null);
    }

    /** This error with a type. */
    public ProviderError withType(String newType) {
        return new ProviderError(status, code, newType, message, param);
    }

    /** This error naming the request parameter at fault. */
    public ProviderError withParam(String newParam) {
        return new ProviderError(status, code, type, message, newParam);
    }
}
