package dev.mockapis.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * An immutable, ordered multi-map of HTTP header fields whose names compare case-insensitively.
 * Names keep the spelling they were first added with.
 */
public final class HttpHeaders {

    private static final HttpHeaders EMPTY = new HttpHeaders(Map.of(), Map.of());

    private final Map<String, List<String>> valuesByLowerName;
    private final Map<String, String> spellingByLowerName;

    private HttpHeaders(Map<String, List<String>> valuesByLowerName, Map<String, String> spellingByLowerName) {
        this.valuesByLowerName = valuesByLowerName;
        this.spellingByLowerName = spellingByLowerName;
    }

    /** Headers with no fields. */
    public static HttpHeaders empty() {
        return EMPTY;
    }

    /** Headers holding the given name/value pairs, in order. */
    public static HttpHeaders of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Expected name/value pairs, got an odd number of strings");
        }
        Builder builder = builder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            builder.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return builder.build();
    }

    /** A builder of headers. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these headers. */
    public Builder toBuilder() {
        Builder builder = builder();
        forEach(builder::add);
        return builder;
    }

    /** The first value of the named field. */
    public Optional<String> first(String name) {
        List<String> values = valuesByLowerName.get(lower(name));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of the named field, in order; empty when absent. */
    public List<String> all(String name) {
        return valuesByLowerName.getOrDefault(lower(name), List.of());
    }

    /** Whether the named field is present. */
    public boolean contains(String name) {
        return valuesByLowerName.containsKey(lower(name));
    }

    /** Calls the action with each name and value, in order. */
    public void forEach(BiConsumer<String, String> action) {
        valuesByLowerName.forEach(
                (lower, values) -> values.forEach(v -> action.accept(spellingByLowerName.get(lower), v)));
    }

    /** The headers as a map from the names' first spelling to their values. */
    public Map<String, List<String>> asMap() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        valuesByLowerName.forEach((lower, values) -> map.put(spellingByLowerName.get(lower), values));
        return Collections.unmodifiableMap(map);
    }

    /** Whether there are no fields. */
    public boolean isEmpty() {
        return valuesByLowerName.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HttpHeaders headers && headers.valuesByLowerName.equals(valuesByLowerName);
    }

    @Override
    public int hashCode() {
        return valuesByLowerName.hashCode();
    }

    @Override
    public String toString() {
        return asMap().toString();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Collects header fields; {@link #set} replaces, {@link #add} appends. */
    public static final class Builder {
        private final Map<String, List<String>> values = new LinkedHashMap<>();
        private final Map<String, String> spelling = new LinkedHashMap<>();

        private Builder() {}

        /** Appends a value to the named field. */
        public Builder add(String name, String value) {
            String lower = lower(name);
            spelling.putIfAbsent(lower, name);
            values.computeIfAbsent(lower, key -> new ArrayList<>()).add(value);
            return this;
        }

        /** Replaces every value of the named field with this one. */
        public Builder set(String name, String value) {
            remove(name);
            return add(name, value);
        }

        /** Removes the named field. */
        public Builder remove(String name) {
            values.remove(lower(name));
            spelling.remove(lower(name));
            return this;
        }

        /** Adds every field of the other headers, replacing fields of the same name. */
        public Builder setAll(HttpHeaders other) {
            other.valuesByLowerName.keySet().forEach(lower -> values.remove(lower));
            other.forEach(this::add);
            return this;
        }

        /** The headers collected so far. */
        public HttpHeaders build() {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
            return new HttpHeaders(Collections.unmodifiableMap(copy), Map.copyOf(spelling));
        }
    }
}
