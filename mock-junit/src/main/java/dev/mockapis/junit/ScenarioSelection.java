package dev.mockapis.junit;

import dev.mockapis.MockApis;
import dev.mockapis.core.StreamTiming;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The scenarios one test method runs, read from the {@link MockApis} that applies to it: the method's
 * own (directly or through a composed annotation) wins as a whole over the class's, which is found on
 * the class, a superclass, an implemented interface, an enclosing class of a {@code @Nested} class, or
 * through a composed annotation on any of them. Without either, every api runs its default scenario.
 *
 * @param source where the annotation was found, for error messages
 * @param scenarios scenario names by api
 * @param strict whether a request no route matches fails the test
 */
record ScenarioSelection(
        String source,
        Map<String, String> scenarios,
        boolean strict,
        @Nullable StreamTiming streamTiming) {

    private static final MockApis DEFAULTS = Defaults.class.getAnnotation(MockApis.class);

    static ScenarioSelection of(Class<?> testClass, Optional<Method> testMethod) {
        Optional<MockApis> onMethod =
                testMethod.flatMap(method -> AnnotationSupport.findAnnotation(method, MockApis.class));
        if (onMethod.isPresent()) {
            return of(
                    "@MockApis on " + testClass.getSimpleName() + "."
                            + testMethod.get().getName() + "()",
                    onMethod.get());
        }
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            Optional<MockApis> onClass = AnnotationSupport.findAnnotation(type, MockApis.class);
            if (onClass.isPresent()) {
                return of("@MockApis on " + type.getSimpleName(), onClass.get());
            }
        }
        return new ScenarioSelection("no @MockApis", Map.of(), true, null);
    }

    private static ScenarioSelection of(String source, MockApis annotation) {
        Map<String, String> scenarios = new LinkedHashMap<>();
        // An attribute left at its default names the api's default scenario, which needs neither a check nor the fake.
        Map<String, String> defaults = builtInAttributes(DEFAULTS);
        builtInAttributes(annotation).forEach((api, scenario) -> {
            if (!scenario.equals(defaults.get(api))) {
                scenarios.put(api, scenario);
            }
        });
        for (String entry : annotation.scenarios()) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalArgumentException(
                        source + " has scenarios entry '" + entry + "'; write it as api=scenario");
            }
            scenarios.put(
                    entry.substring(0, equals).trim(),
                    entry.substring(equals + 1).trim());
        }
        return new ScenarioSelection(source, scenarios, annotation.strict(), streamTiming(source, annotation));
    }

    private static @Nullable StreamTiming streamTiming(String source, MockApis annotation) {
        MockApis.StreamTiming[] given = annotation.streamTiming();
        if (given.length == 0) {
            return null;
        }
        if (given.length > 1) {
            throw new IllegalArgumentException(
                    source + " gives " + given.length + " streamTiming values; give at most one");
        }
        MockApis.StreamTiming timing = given[0];
        try {
            return StreamTiming.of(timing.timeToFirstToken(), timing.tokensPerSecond(), timing.jitter(), timing.seed());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    source + " has a streamTiming that cannot be used: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> builtInAttributes(MockApis annotation) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("openai", annotation.openai());
        attributes.put("twilio", annotation.twilio());
        attributes.put("anthropic", annotation.anthropic());
        attributes.put("gemini", annotation.gemini());
        attributes.put("deepseek", annotation.deepseek());
        return attributes;
    }

    @MockApis
    private static final class Defaults {}
}
