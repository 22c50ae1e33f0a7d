package dev.mockapis.greeter;

import dev.mockapis.MockApiDefinition;
import dev.mockapis.core.FakeApi;
import java.util.Map;
import org.springframework.core.env.PropertyResolver;

/** Registers the greeter fake the way a user registers a fake of their own (see META-INF/spring.factories). */
public class GreeterApiDefinition implements MockApiDefinition {

    @Override
    public String name() {
        return "greeter";
    }

    @Override
    public String basePath() {
        return "/v1";
    }

    @Override
    public Map<String, String> defaultProperties() {
        return Map.of("mockapis.greeter.salutation", "Hello");
    }

    @Override
    public Map<String, String> redirectedProperties() {
        return Map.of("greeter.client.url", "${mockapis.greeter.base-url}");
    }

    @Override
    public FakeApi createFake(PropertyResolver properties) {
        return new GreeterFake(properties.getRequiredProperty("mockapis.greeter.salutation"));
    }
}
