package dev.mockapis;

import dev.mockapis.core.FakeServer;
import java.util.List;
import java.util.Set;

/**
 * The fakes of one application context, available as a bean. Each fake starts when first needed (its
 * base URL is read, or a test selects its scenario) and stops when the context closes; pausing a cached
 * context leaves them serving.
 */
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
}
