package dev.mockapis.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Hides credentials in recorded headers, keeping what helps debugging (the scheme, a Basic user name). */
final class Redaction {

    static final String REDACTED = "<redacted>";

    private static final Set<String> SECRET_HEADERS = Set.of(
            "authorization", "proxy-authorization", "x-api-key", "api-key", "x-goog-api-key", "cookie", "set-cookie");

    /** Query parameters that carry credentials, as Google's {@code ?key=} does. */
    private static final Set<String> SECRET_PARAMS = Set.of("key", "api_key", "apikey", "access_token");

    private Redaction() {}

    static Map<String, List<String>> redactQuery(Map<String, List<String>> query) {
        if (query.keySet().stream().noneMatch(name -> SECRET_PARAMS.contains(name.toLowerCase(Locale.ROOT)))) {
            return query;
        }
        Map<String, List<String>> safe = new LinkedHashMap<>();
        query.forEach((name, values) -> safe.put(
                name,
                SECRET_PARAMS.contains(name.toLowerCase(Locale.ROOT))
                        ? values.stream().map(value -> REDACTED).toList()
                        : values));
        return safe;
    }

    static HttpHeaders redact(HttpHeaders headers) {
        HttpHeaders.Builder safe = HttpHeaders.builder();
        headers.forEach((name, value) -> safe.add(name, isSecret(name) ? redactValue(value) : value));
        return safe.build();
    }

    private static boolean isSecret(String name) {
        return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    private static String redactValue(String value) {
        int space = value.indexOf(' ');
        if (space < 0) {
            return REDACTED;
        }
        String scheme = value.substring(0, space);
        if (scheme.equalsIgnoreCase("Basic")) {
            return scheme + " " + basicUser(value.substring(space + 1).trim()) + ":" + REDACTED;
        }
        return scheme + " " + REDACTED;
    }

    private static String basicUser(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? REDACTED : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return REDACTED;
        }
    }
}
