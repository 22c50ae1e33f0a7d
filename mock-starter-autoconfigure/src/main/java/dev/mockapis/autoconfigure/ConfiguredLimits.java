package dev.mockapis.autoconfigure;

import dev.mockapis.core.ServerLimits;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/** Reads {@code mockapis.log.*} and {@code mockapis.server.*} into the limits every fake keeps. */
final class ConfiguredLimits {

    private ConfiguredLimits() {}

    /**
     * The configured limits, the defaults where nothing is set.
     *
     * @throws IllegalStateException naming the properties when their values are not valid limits
     */
    static ServerLimits of(Environment environment) {
        Binder binder = Binder.get(environment);
        MockApisProperties.Log log =
                binder.bind("mockapis.log", MockApisProperties.Log.class).orElseGet(MockApisProperties.Log::new);
        MockApisProperties.Server server = binder.bind("mockapis.server", MockApisProperties.Server.class)
                .orElseGet(MockApisProperties.Server::new);
        try {
            return ServerLimits.defaults()
                    .withLogMaxBytes(log.getMaxBytes().toBytes())
                    .withStallLimit(server.getStallLimit())
                    .withReadTimeout(server.getReadTimeout())
                    .withIdleTimeout(server.getIdleTimeout());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("mockapis.log.max-bytes / mockapis.server.*: " + e.getMessage(), e);
        }
    }
}
