package dev.mockapis.sample.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/**
 * One real Redis server for the whole test JVM, started on first use from the binary that
 * {@code com.github.codemonstur:embedded-redis} brings from Maven Central, on a free loopback port, with
 * nothing written to disk, and stopped when the JVM exits.
 */
public final class TestRedis {

    private static RedisServer server;
    private static int port;

    private TestRedis() {}

    /** The port the server listens on, on 127.0.0.1. */
    public static synchronized int port() {
        if (server == null) {
            try {
                port = freePort();
                server = RedisServer.newRedisServer()
                        .port(port)
                        .bind("127.0.0.1")
                        .setting("save \"\"")
                        .setting("appendonly no")
                        .build();
                server.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded Redis server", e);
            }
            RedisServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started), "embedded-redis-stop"));
        }
        return port;
    }

    private static void stop(RedisServer redis) {
        try {
            redis.stop();
        } catch (IOException e) {
            // the JVM is exiting and the server with it
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
