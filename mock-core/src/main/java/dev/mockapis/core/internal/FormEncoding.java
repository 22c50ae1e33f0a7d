package dev.mockapis.core.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** {@code application/x-www-form-urlencoded} reading and writing, and percent-decoding of paths. */
public final class FormEncoding {

    private FormEncoding() {}

    /** Parses {@code a=1&b=2&a=3} into names with their values in order. */
    public static Map<String, List<String>> parse(String encoded) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decodeComponent(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decodeComponent(pair.substring(equals + 1));
            params.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        params.replaceAll((name, values) -> Collections.unmodifiableList(values));
        return Collections.unmodifiableMap(params);
    }

    /** Encodes names and values, repeating a name for each of its values. */
    public static String encode(Map<String, List<String>> params) {
        StringJoiner joiner = new StringJoiner("&");
        params.forEach((name, values) ->
                values.forEach(value -> joiner.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return joiner.toString();
    }

    /** Percent-decodes a path, leaving {@code +} as it is (it means a space only in forms). */
    public static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String decodeComponent(String component) {
        try {
            return URLDecoder.decode(component, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return component;
        }
    }
}
