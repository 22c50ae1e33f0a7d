package dev.mockapis.autoconfigure;

import dev.mockapis.MockApiDefinition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The apis of one context and the property keys they contribute, as an immutable snapshot: the
 * property sources consult it on every lookup, and definitions declared as beans arrive after the
 * first lookups, so each addition makes a new snapshot instead of changing maps being read.
 *
 * @param byName the definitions by api name, in registration order
 * @param origins where each api's definition comes from, for error messages
 * @param baseUrlKeys each {@code mockapis.<api>.base-url} key and its api
 * @param rootUrlKeys each {@code mockapis.<api>.root-url} key (the fake's URL without its base path) and its api
 * @param defaults the definitions' default properties
 * @param redirects each redirected client property and its value
 * @param redirectApis each redirected client property and the api it follows
 * @param redirectedWhereSet the redirected client properties that are redirected only where the application
 *     sets them itself (credentials that switch on a client's auto-configuration)
 */
record MockApiDefinitions(
        Map<String, MockApiDefinition> byName,
        Map<String, String> origins,
        Map<String, String> baseUrlKeys,
        Map<String, String> rootUrlKeys,
        Map<String, String> defaults,
        Map<String, String> redirects,
        Map<String, String> redirectApis,
        Set<String> redirectedWhereSet) {

    static final MockApiDefinitions NONE =
            new MockApiDefinitions(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Set.of());

    /**
     * These definitions and one more.
     *
     * @param origin where it comes from, such as {@code bean 'weatherApi'}
     * @throws IllegalStateException when an api of that name is already defined
     */
    MockApiDefinitions with(MockApiDefinition definition, String origin) {
        String name = definition.name();
        if (byName.containsKey(name)) {
            throw new IllegalStateException(
                    "Two MockApiDefinitions are named '" + name + "': " + origins.get(name) + " and " + origin);
        }
        Map<String, String> redirectValues = new LinkedHashMap<>(redirects);
        Map<String, String> redirectOwners = new LinkedHashMap<>(redirectApis);
        definition.redirectedProperties().forEach((key, value) -> {
            redirectValues.put(key, value);
            redirectOwners.put(key, name);
        });
        Set<String> whereSet = new LinkedHashSet<>(redirectedWhereSet);
        if (definition instanceof RedirectsWhereSet conditional) {
            whereSet.addAll(conditional.redirectedWhereSet());
        }
        Map<String, String> defaultValues = new LinkedHashMap<>(defaults);
        defaultValues.putAll(definition.defaultProperties());
        return new MockApiDefinitions(
                plus(byName, name, definition),
                plus(origins, name, origin),
                plus(baseUrlKeys, "mockapis." + name + ".base-url", name),
                plus(rootUrlKeys, "mockapis." + name + ".root-url", name),
                Collections.unmodifiableMap(defaultValues),
                Collections.unmodifiableMap(redirectValues),
                Collections.unmodifiableMap(redirectOwners),
                Collections.unmodifiableSet(whereSet));
    }

    private static <V> Map<String, V> plus(Map<String, V> map, String key, V value) {
        Map<String, V> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return Collections.unmodifiableMap(copy);
    }
}
