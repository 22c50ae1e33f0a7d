package dev.mockapis.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.mockapis.Recordings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fakes and the admin API of one server, both on loopback: started together, closed together.
 * Nothing is discovered by scanning; every part is wired here.
 */
public final class StandaloneServer implements AutoCloseable {

    private final ServerOptions options;
    private final RunningFakes fakes;
    private final HttpServer admin;
    private final ExecutorService adminThreads;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch closedLatch = new CountDownLatch(1);

    private StandaloneServer(
            ServerOptions options, RunningFakes fakes, HttpServer admin, ExecutorService adminThreads) {
        this.options = options;
        this.fakes = fakes;
        this.admin = admin;
        this.adminThreads = adminThreads;
    }

    /**
     * Starts the chosen fakes, then the admin API, and writes the URLs file if one was asked for.
     *
     * @throws UsageException when the options cannot be honoured (a missing scenario directory, an unknown
     *     {@code mockapis.<api>.mode})
     * @throws UncheckedIOException when a port is taken or the URLs file cannot be written
     * @throws IllegalArgumentException when a scenario file is wrong, naming file, line and field
     */
    public static StandaloneServer start(ServerOptions options) {
        Recordings recordings = Recordings.configuredBy(options::setting);
        for (KnownApi api : options.apis()) {
            try {
                recordings.mode(api.id());
            } catch (IllegalArgumentException unknownMode) {
                throw new UsageException(unknownMode.getMessage());
            }
        }
        RunningFakes fakes = RunningFakes.start(options);
        ExecutorService threads = Executors.newCachedThreadPool(daemonThreads());
        HttpServer admin;
        try {
            admin = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.adminPort()), 0);
        } catch (IOException e) {
            fakes.close();
            threads.shutdown();
            throw new UncheckedIOException(
                    "Could not start the admin API on port " + options.adminPort() + ": " + e.getMessage(), e);
        }
        StandaloneServer server = new StandaloneServer(options, fakes, admin, threads);
        AdminRoutes routes = new AdminRoutes();
        new ServerEndpoints(fakes, server::description).register(routes);
        new ApiEndpoints(fakes).register(routes);
        new TwilioEndpoints(fakes, options.twilioAccount()).register(routes);
        new RecordingEndpoints(fakes, recordings).register(routes);
        admin.createContext("/", routes);
        admin.setExecutor(threads);
        admin.start();
        try {
            options.urlsFile().ifPresent(server::writeUrls);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** {@code http://127.0.0.1:<port>} of the admin API. */
    public String adminUrl() {
        return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":"
                + admin.getAddress().getPort();
    }

    /** The base URL clients of that api are given, if it runs. */
    public Optional<String> baseUrl(String api) {
        return fakes.find(api).map(RunningFake::baseUrl);
    }

    /** The names of the running apis, in order. */
    public List<String> apis() {
        return fakes.all().stream().map(fake -> fake.api().id()).toList();
    }

    /** The admin URL, and per api its base URL and port (and the Twilio account), as JSON text. */
    public String describeJson() {
        try {
            return AdminJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(description());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the server description", e);
        }
    }

    /** A few lines for people: each api's base URL, the Twilio account, the admin URL. */
    public String banner() {
        StringBuilder text = new StringBuilder();
        for (RunningFake fake : fakes.all()) {
            text.append(String.format("  %-10s %s%n", fake.api().id(), fake.baseUrl()));
        }
        if (fakes.find("twilio").isPresent()) {
            text.append(String.format(
                    "  %-10s account %s, auth token %s%n",
                    "",
                    options.twilioAccount().accountSid(),
                    options.twilioAccount().authToken()));
        }
        text.append(String.format("  %-10s %s%n", "admin", adminUrl()));
        return text.toString();
    }

    /** Blocks until {@link #close()} has run. */
    public void awaitClose() throws InterruptedException {
        closedLatch.await();
    }

    /** Stops the admin API, then every fake; safe to call more than once. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            admin.stop(0);
            adminThreads.shutdownNow();
            fakes.close();
        } finally {
            closedLatch.countDown();
        }
    }

    ObjectNode description() {
        ObjectNode json = AdminJson.object();
        json.put("admin", adminUrl());
        ObjectNode apis = json.putObject("apis");
        for (RunningFake fake : fakes.all()) {
            ObjectNode api = apis.putObject(fake.api().id());
            api.put("baseUrl", fake.baseUrl());
            api.put("port", fake.server().port());
            if (fake.api() == KnownApi.TWILIO) {
                api.put("accountSid", options.twilioAccount().accountSid());
                api.put("authToken", options.twilioAccount().authToken());
            }
        }
        return json;
    }

    private void writeUrls(Path file) {
        try {
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path temporary = Files.createTempFile(absolute.getParent(), ".mockapis-urls", ".json");
            Files.writeString(temporary, describeJson(), StandardCharsets.UTF_8);
            // readers polling for the file never see it half-written
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the URLs file " + file + ": " + e.getMessage(), e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "mockapis-admin-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
