package dev.mockapis.core.internal;

import java.util.List;
import java.util.Objects;

/**
 * What a provider would refuse in a request body, in provider-neutral terms, for its fake to word as
 * the provider does: a parameter it does not know, a value of the wrong JSON type, or a required
 * parameter left out.
 *
 * @param kind what is wrong
 * @param path where: property names ({@link String}) and array indexes ({@link Integer}) from the body's root
 * @param expected for {@link Kind#INVALID_TYPE}, the JSON types the provider accepts there, each one of
 *     {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code object}, {@code null},
 *     {@code array} or {@code array<T>} for an array of T; empty for the other kinds
 * @param actualType for {@link Kind#INVALID_TYPE}, the JSON type that came, in the same words; empty otherwise
 * @param actualText for {@link Kind#INVALID_TYPE}, the value that came as JSON text (shortened); empty otherwise
 */
public record RequestViolation(
        Kind kind, List<Object> path, List<String> expected, String actualType, String actualText) {

    /** Copies the lists. */
    public RequestViolation {
        Objects.requireNonNull(kind, "kind");
        path = List.copyOf(path);
        expected = List.copyOf(expected);
        Objects.requireNonNull(actualType, "actualType");
        Objects.requireNonNull(actualText, "actualText");
    }

    /** What is wrong with the request. */
    public enum Kind {
        /** A property the provider does not know at that place. */
        UNKNOWN_PARAMETER,
        /** A value of a JSON type the provider does not accept there. */
        INVALID_TYPE,
        /** A required property that is absent. */
        MISSING_PARAMETER
    }

    /** The last property name on the path, or the empty string at the root. */
    public String name() {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i) instanceof String name) {
                return name;
            }
        }
        return "";
    }

    /**
     * The path written with a separator between names and a way of writing indexes, such as
     * {@code messages[0].content} ({@code "."}, {@code "[%d]"}) or {@code messages.0.content} ({@code "."}, {@code ".%d"}).
     *
     * @param separator what goes before a property name that is not the first element
     * @param index the format of an index, given the index
     */
    public String path(String separator, String index) {
        StringBuilder text = new StringBuilder();
        for (Object element : path) {
            if (element instanceof Integer i) {
                text.append(String.format(java.util.Locale.ROOT, index, i));
            } else {
                if (text.length() > 0) {
                    text.append(separator);
                }
                text.append(element);
            }
        }
        return text.toString();
    }
}
