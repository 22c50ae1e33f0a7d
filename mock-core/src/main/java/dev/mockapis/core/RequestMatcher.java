package dev.mockapis.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A condition on a routed request that decides whether a scenario rule applies to it. Each matcher
 * describes itself, so reports can say why a rule did or did not apply.
 */
public interface RequestMatcher {

    /** Whether the rule applies to this call. */
    boolean matches(ApiCall call);

    /** What the matcher requires, for reports: {@code form param To = +15005550001}. */
    String description();

    /** Matches every call. */
    static RequestMatcher any() {
        return of("any request", call -> true);
    }

    /** A matcher from a description and a predicate. */
    static RequestMatcher of(String description, Predicate<ApiCall> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        return new RequestMatcher() {
            @Override
            public boolean matches(ApiCall call) {
                return predicate.test(call);
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }

    /** The JSON body's value at a JSON Pointer ({@code /model}) equals the text given. */
    static RequestMatcher jsonPointer(String pointer, String expected) {
        return of("JSON " + pointer + " = " + expected, call -> {
            if (!(call.request().parsedBody() instanceof ParsedBody.Json json)) {
                return false;
            }
            JsonNode node = json.as(JsonNode.class).at(pointer);
            return !node.isMissingNode() && expected.equals(node.isValueNode() ? node.asText() : node.toString());
        });
    }

    /** A form parameter has this value (any of its values, for repeated parameters). */
    static RequestMatcher formParam(String name, String expected) {
        return of(
                "form param " + name + " = " + expected,
                call -> call.request().form().getOrDefault(name, List.of()).contains(expected));
    }

    /** A form parameter's value matches a regular expression. */
    static RequestMatcher formParamMatching(String name, String regex) {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(regex);
        return of(
                "form param " + name + " ~ /" + regex + "/",
                call -> call.request().form().getOrDefault(name, List.of()).stream()
                        .anyMatch(v -> pattern.matcher(v).matches()));
    }

    /** A header has this value. */
    static RequestMatcher header(String name, String expected) {
        return of(
                "header " + name + " = " + expected,
                call -> call.request().headers().all(name).contains(expected));
    }

    /** A path variable has this value. */
    static RequestMatcher pathVariable(String name, String expected) {
        return of(
                "path {" + name + "} = " + expected,
                call -> expected.equals(call.pathVariables().get(name)));
    }

    /** The body text contains this text. */
    static RequestMatcher bodyContains(String text) {
        return of(
                "body contains '" + text + "'",
                call -> call.request().bodyText().contains(text));
    }

    /** Both this and the other matcher match. */
    default RequestMatcher and(RequestMatcher other) {
        RequestMatcher self = this;
        return of(
                self.description() + " and " + other.description(), call -> self.matches(call) && other.matches(call));
    }
}
