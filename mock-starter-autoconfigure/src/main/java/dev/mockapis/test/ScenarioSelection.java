package dev.mockapis.test;

import dev.mockapis.MockApis;
import dev.mockapis.core.StreamTiming;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * The scenario each running api should use for one test method, read from the {@link MockApis} that
 * applies to it: the method's own (directly or through a meta-annotation) or else the class's (found on
 * the class, a superclass, an enclosing class or through a meta-annotation).
 *
 * @param source where the annotation was found, for error messages
 * @param scenarios scenario names by api; an api absent here runs its default scenario
 * @param streamTiming the pace the annotation sets for every fake's streams, or {@code null} to leave the
 *     scenarios' own
 */
record ScenarioSelection(
        String source,
        Map<String, String> scenarios,
        @Nullable StreamTiming streamTiming) {

    private static final MockApis DEFAULTS = Defaults.class.getAnnotation(MockApis.class);

    /**
     * Reads the selection for a test method and checks it against the running apis.
     *
     * @throws IllegalArgumentException when the annotation names an api that is not running or is malformed
     */
    static ScenarioSelection of(Class<?> testClass, Method testMethod, Set<String> runningApis) {
        MockApis onMethod = AnnotatedElementUtils.findMergedAnnotation(testMethod, MockApis.class);
        MockApis annotation = onMethod != null ? onMethod : onClass(testClass);
        String source = "@MockApis on "
                + (onMethod != null
                        ? testClass.getSimpleName() + "." + testMethod.getName() + "()"
                        : testClass.getSimpleName());
        if (annotation == null) {
            return new ScenarioSelection("no @MockApis", Map.of(), null);
        }
        if (onMethod != null && runningApis.isEmpty()) {
            throw new IllegalArgumentException(
                    source + " selects scenarios, but no fake runs in this context: annotate the test "
                            + "class with @MockApis, which switches the fakes on for its context");
        }
        Map<String, String> scenarios = new LinkedHashMap<>();
        Map<String, String> builtIn = builtInAttributes(annotation);
        Map<String, String> builtInDefaults = builtInAttributes(DEFAULTS);
        builtIn.forEach((api, scenario) -> {
            if (runningApis.contains(api)) {
                scenarios.put(api, scenario);
            } else if (!scenario.equals(builtInDefaults.get(api))) {
                throw new IllegalArgumentException(source + " selects scenario '" + scenario + "' for " + api
                        + ", but no " + api + " fake runs in this context; running: " + String.join(", ", runningApis));
            }
        });
        for (String entry : annotation.scenarios()) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalArgumentException(
                        source + " has scenarios entry '" + entry + "'; write it as api=scenario");
            }
            String api = entry.substring(0, equals).trim();
            if (!runningApis.contains(api)) {
                throw new IllegalArgumentException(source + " selects scenario '"
                        + entry.substring(equals + 1).trim() + "' for " + api + ", but no " + api
                        + " fake runs in this context; running: " + String.join(", ", runningApis));
            }
            scenarios.put(api, entry.substring(equals + 1).trim());
        }
        return new ScenarioSelection(source, scenarios, streamTiming(source, annotation));
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

    /** Whether the {@code @MockApis} that applies to the test method leaves strict mode on. */
    static boolean strict(Class<?> testClass, Method testMethod) {
        MockApis onMethod = AnnotatedElementUtils.findMergedAnnotation(testMethod, MockApis.class);
        MockApis annotation = onMethod != null ? onMethod : onClass(testClass);
        return annotation == null || annotation.strict();
    }

    private static MockApis onClass(Class<?> testClass) {
        return TestContextAnnotationUtils.findMergedAnnotation(testClass, MockApis.class);
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
