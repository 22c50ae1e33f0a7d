package dev.mockapis.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path with {@code {variables}}, such as {@code /v1/threads/{thread_id}/runs} or
 * {@code /v1beta/models/{model}:generateContent}. A variable matches one path segment, or the part of
 * it up to the literal text that follows.
 */
public final class PathTemplate {

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private final String template;
    private final Pattern pattern;
    private final List<String> variables;

    private PathTemplate(String template, Pattern pattern, List<String> variables) {
        this.template = template;
        this.pattern = pattern;
        this.variables = variables;
    }

    /** Compiles a template. */
    public static PathTemplate of(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("A path template starts with '/': " + template);
        }
        StringBuilder regex = new StringBuilder();
        List<String> variables = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(template);
        int literalStart = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(template.substring(literalStart, matcher.start())));
            regex.append("([^/]+?)");
            variables.add(matcher.group(1));
            literalStart = matcher.end();
        }
        regex.append(Pattern.quote(template.substring(literalStart)));
        return new PathTemplate(template, Pattern.compile(regex.toString()), List.copyOf(variables));
    }

    /** The variables' values when the path matches the whole template. */
    public Optional<Map<String, String>> match(String path) {
        Matcher matcher = pattern.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            values.put(variables.get(i), matcher.group(i + 1));
        }
        return Optional.of(values);
    }

    /** The template as written. */
    @Override
    public String toString() {
        return template;
    }
}
