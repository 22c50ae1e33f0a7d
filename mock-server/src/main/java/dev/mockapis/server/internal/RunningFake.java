package dev.mockapis.server.internal;

import dev.mockapis.core.FakeServer;

/**
 * One fake the server runs.
 *
 * @param api which api it is
 * @param server its server, scenarios and log
 */
record RunningFake(KnownApi api, FakeServer server) {

    /** The URL clients are pointed at: the server's root followed by the api's base path. */
    String baseUrl() {
        return server.baseUrl() + api.basePath();
    }
}
