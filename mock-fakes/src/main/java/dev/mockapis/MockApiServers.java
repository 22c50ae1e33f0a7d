package dev.mockapis;

import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioActivation;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.NullMarked;

/**
 * The fakes of one application context, available as a bean. Each fake starts when first needed (its
 * base URL is read, or a test selects its scenario) and stops when the context closes; pausing a cached
 * context leaves them serving.
 *
 * <p>Inside a test it switches scenarios for a while, the way {@code @MockApis} does for a whole test:
 *
 * <pre>{@code
 * try (ScenarioActivation outage = servers.activate("openai", "server_error")) {
 *     // the OpenAI fake fails here
 * }
 * // and answers again here
 * }</pre>
 */
@NullMarked
public interface MockApiServers {

    /** The names of the apis whose fakes are enabled in this context, in definition order. */
    Set<String> apis();

    /** Whether the named api's fake is enabled in this context. */
    boolean isEnabled(String api);

    /**
     * The named api's fake, started if it was not yet.
     *
     * @throws IllegalArgumentException naming the known apis when none has that name
     * @throws IllegalStateException when the api is disabled or the context is closed
     */
    FakeServer server(String api);

    /** The base URL clients use for the named api: its server's root followed by the api's base path. */
    String baseUrl(String api);

    /** The fakes started so far, in definition order. */
    List<FakeServer> running();

    /**
     * Makes the named scenario of an api (built-in, from a file or an {@link ApiScenario} bean) active
     * until the returned activation is closed, which brings back the scenario active before, its
     * sequences where they had got to. Whatever is still active when the test ends is reset with the fake.
     *
     * @throws IllegalArgumentException naming the known apis or scenarios when one is unknown
     */
    default ScenarioActivation activate(String api, String scenario) {
        FakeServer server = server(api);
        return server.activate(server.scenarios().require(scenario));
    }

    /**
     * Makes a scenario active on an api's fake until the returned activation is closed, which brings
     * back the scenario active before, its sequences where they had got to.
     *
     * @throws IllegalArgumentException when the api is unknown or the scenario scripts an operation it does not have
     */
    default ScenarioActivation activate(String api, Scenario scenario) {
        return server(api).activate(scenario);
    }

    /** Makes a scenario active on its api's fake until the returned activation is closed; see {@link #activate(String, Scenario)}. */
    default ScenarioActivation activate(ApiScenario scenario) {
        return activate(scenario.api(), scenario.scenario());
    }

    /**
     * Resets every running fake to how its context configures it: default scenario, no state, an empty
     * interaction log, and the rate limit {@code mockapis.<api>.rate-limit.*} sets (or none). Done after
     * every test.
     */
    void reset();
}
