package dev.mockapis.junit;

import dev.mockapis.core.FakeApi;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How one api's fake is made: its name, what follows the server's root in its base URL, and a factory
 * called once per test class, when the fake is first needed.
 */
record ApiDefinition(String name, String basePath, Supplier<? extends FakeApi> fakes) {

    ApiDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(basePath, "basePath");
        Objects.requireNonNull(fakes, "fakes");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException(
                    "An api name is lower-case letters, digits and dashes, was '" + name + "'");
        }
        if (!basePath.isEmpty() && !basePath.startsWith("/")) {
            throw new IllegalArgumentException("A base path starts with '/', was '" + basePath + "'");
        }
    }

    FakeApi createFake() {
        FakeApi fake = fakes.get();
        if (!name.equals(fake.name())) {
            throw new IllegalStateException(
                    "The api '" + name + "' was given a fake named '" + fake.name() + "'; give both the same name");
        }
        return fake;
    }
}
