package dev.mockapis.server.internal;

import dev.mockapis.core.FakeApi;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.InteractionLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;

/**
 * Starts a fake on a free loopback port, or on the one the user fixed. {@link FakeServer} only offers a
 * free port, so a fixed one is bound by starting its HTTP server reflectively; this class is the one
 * place to change once the engine takes a port itself.
 */
final class FakeStarter {

    private FakeStarter() {}

    static FakeServer start(FakeApi api, int port) {
        if (port == 0) {
            return FakeServer.start(api);
        }
        try {
            Constructor<FakeServer> constructor = FakeServer.class.getDeclaredConstructor(FakeApi.class, int.class);
            constructor.setAccessible(true);
            FakeServer fake = constructor.newInstance(api, InteractionLog.DEFAULT_CAPACITY);
            Field serverField = FakeServer.class.getDeclaredField("server");
            serverField.setAccessible(true);
            Object server = serverField.get(fake);
            server.getClass()
                    .getMethod("start", InetAddress.class, int.class)
                    .invoke(server, InetAddress.getLoopbackAddress(), port);
            return fake;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(
                        "Could not start the " + api.name() + " fake on port " + port + ": " + io.getMessage(), io);
            }
            throw new IllegalStateException(
                    "Could not start the " + api.name() + " fake on port " + port, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "This engine version cannot bind a fake to a fixed port; leave --port out", e);
        }
    }
}
