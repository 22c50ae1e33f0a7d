package dev.mockapis;

import dev.mockapis.core.FakeApi;
import java.util.Map;
import java.util.function.Function;
import org.springframework.core.env.PropertyResolver;

/** A {@link MockApiDefinition} made of values, built by {@link MockApiDefinition.Builder}. */
record SimpleMockApiDefinition(
        String name,
        String basePath,
        Map<String, String> defaultProperties,
        Map<String, String> redirectedProperties,
        Function<PropertyResolver, ? extends FakeApi> fakes)
        implements MockApiDefinition {

    @Override
    public FakeApi createFake(PropertyResolver properties) {
        return fakes.apply(properties);
    }

    @Override
    public String toString() {
        return "MockApiDefinition '" + name + "'";
    }
}
