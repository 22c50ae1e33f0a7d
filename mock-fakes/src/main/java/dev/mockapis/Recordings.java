package dev.mockapis;

import dev.mockapis.core.FakeApi;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.record.DriftCheck;
import dev.mockapis.core.record.DriftReport;
import dev.mockapis.core.record.Recorder;
import dev.mockapis.core.record.Redactions;
import dev.mockapis.core.record.Replay;
import dev.mockapis.core.record.Upstream;
import dev.mockapis.twilio.TwilioFake;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Record and replay for the fakes of a test run, as the {@code mockapis.*} properties configure it;
 * the Spring starter and the JUnit extension call it around each test method.
 *
 * <p>Each api has a mode, {@code mockapis.<api>.mode} (or {@code mockapis.mode} for all):
 *
 * <ul>
 *   <li>{@code auto} (the default): replay the test's recording when there is one, else the fake;</li>
 *   <li>{@code record}: forward every call the fake would answer to the real provider
 *       ({@code mockapis.<api>.upstream.url}, {@code .api-key}, for Twilio {@code .account-sid} and
 *       {@code .auth-token}) and write what came back, redacted, replacing any earlier recording;</li>
 *   <li>{@code replay}: replay the recording, and fail when there is none;</li>
 *   <li>{@code fake}: ignore recordings.</li>
 * </ul>
 *
 * A test's recording of an api is {@code <dir>/<test class>/<method>/<api>.yaml}, {@code <dir>} being
 * {@code mockapis.recordings.dir} ({@value #DEFAULT_DIRECTORY} by default), read from the file system or,
 * failing that, from the test classpath ({@code mockapis/recordings/...}).
 *
 * <p>{@link #checkDrift} sends every recording's requests to the real providers again and reports
 * where the answers changed shape.
 */
@NullMarked
public final class Recordings {

    /** Where recordings are written unless {@code mockapis.recordings.dir} says otherwise. */
    public static final String DEFAULT_DIRECTORY = "src/test/resources/mockapis/recordings";

    private static final System.Logger LOG = System.getLogger(Recordings.class.getName());
    private static final List<String> MODES = List.of("auto", "record", "replay", "fake");
    private static final Map<String, String> PROVIDERS = Map.of(
            "openai", "https://api.openai.com",
            "anthropic", "https://api.anthropic.com",
            "gemini", "https://generativelanguage.googleapis.com",
            "deepseek", "https://api.deepseek.com",
            "twilio", "https://api.twilio.com");

    private final Function<String, @Nullable String> properties;

    private Recordings(Function<String, @Nullable String> properties) {
        this.properties = properties;
    }

    /**
     * Record and replay configured by these properties.
     *
     * @param properties looks a property up by its name ({@code mockapis.openai.mode}); {@code null} when unset
     */
    public static Recordings configuredBy(Function<String, @Nullable String> properties) {
        return new Recordings(properties);
    }

    /**
     * Record and replay configured by system properties, else by environment variables named like them
     * in upper case ({@code MOCKAPIS_OPENAI_UPSTREAM_API_KEY} for {@code mockapis.openai.upstream.api-key}),
     * which keeps credentials off command lines.
     */
    public static Recordings configuredBySystem() {
        return new Recordings(Recordings::systemProperty);
    }

    /**
     * Puts every api of the servers in its mode for one test method: a recorder or a replay stands in
     * for the fake's default answers.
     *
     * @throws IllegalArgumentException when a mode is unknown
     * @throws IllegalStateException when record mode lacks credentials or replay mode a recording
     */
    public Session start(MockApiServers servers, Class<?> testClass, String methodName) {
        // a fake starts when first asked for, so only those recorded or replayed are asked for
        return start(
                servers.apis(),
                servers::server,
                testClass.getName() + "/" + methodName,
                testClass.getName() + "." + methodName,
                testClass.getClassLoader());
    }

    /**
     * Puts every fake in its api's mode under a recording name, such as {@code checkout/paid-by-card}:
     * its recordings are {@code <dir>/<name>/<api>.yaml}.
     *
     * @param fakes the fakes by api name
     * @param name one or more {@code /}-separated segments of letters, digits, {@code .}, {@code _},
     *     {@code $} and {@code -}, none of them {@code .} or {@code ..}
     * @param classLoader where {@code mockapis/recordings/<name>/<api>.yaml} is looked for when the file is
     *     not on disk
     * @throws IllegalArgumentException when the name or a mode is not valid
     * @throws IllegalStateException when record mode lacks credentials or replay mode a recording
     */
    public Session start(Map<String, FakeServer> fakes, String name, ClassLoader classLoader) {
        return start(fakes.keySet(), fakes::get, name, name, classLoader);
    }

    private Session start(
            Collection<String> apis,
            Function<String, FakeServer> servers,
            String name,
            String recordedBy,
            ClassLoader classLoader) {
        checkName(name);
        List<Active> active = new ArrayList<>();
        try {
            for (String api : apis) {
                Path file = file(name, api);
                String resource = "mockapis/recordings/" + name + "/" + api + ".yaml";
                switch (mode(api)) {
                    case "record":
                        FakeServer server = servers.apply(api);
                        Recorder recorder = Recorder.to(upstream(api, server), redactions(api));
                        server.standIn(recorder);
                        active.add(new Active(api, server, recorder, null, file));
                        break;
                    case "replay":
                    case "auto":
                        Optional<String> content = read(file, resource, classLoader);
                        if (content.isEmpty()) {
                            if (mode(api).equals("replay")) {
                                throw new IllegalStateException("mockapis." + api + ".mode=replay, but there is no "
                                        + "recording " + file + " (nor " + resource + " on the classpath); record it"
                                        + " with mockapis." + api + ".mode=record");
                            }
                            break;
                        }
                        FakeServer replaying = servers.apply(api);
                        Replay replay = Replay.read(
                                file.toString(),
                                content.get(),
                                replaying.api(),
                                Set.copyOf(list("mockapis." + api + ".replay.ignore-fields")),
                                "mockapis." + api + ".mode=record");
                        replaying.standIn(replay);
                        active.add(new Active(api, replaying, null, replay, file));
                        break;
                    default:
                        break;
                }
            }
        } catch (RuntimeException e) {
            active.forEach(each -> each.server().standIn(null));
            throw e;
        }
        return new Session(List.copyOf(active), name, recordedBy);
    }

    /** The mode of an api: {@code auto}, {@code record}, {@code replay} or {@code fake}. */
    public String mode(String api) {
        String value = Optional.ofNullable(properties.apply("mockapis." + api + ".mode"))
                .or(() -> Optional.ofNullable(properties.apply("mockapis.mode")))
                .orElse("auto")
                .trim()
                .toLowerCase(Locale.ROOT);
        if (!MODES.contains(value)) {
            throw new IllegalArgumentException(
                    "Unknown mode '" + value + "' for " + api + "; known: " + String.join(", ", MODES));
        }
        return value;
    }

    /** Where the recording of an api by a test method is, or would be written. */
    public Path file(Class<?> testClass, String methodName, String api) {
        return file(testClass.getName() + "/" + methodName, api);
    }

    /** Where the recording of an api under a recording name is, or would be written. */
    public Path file(String name, String api) {
        checkName(name);
        return directory().resolve(name).resolve(api + ".yaml");
    }

    /** {@code mockapis.recordings.dir}, else {@value #DEFAULT_DIRECTORY}. */
    public Path directory() {
        return Path.of(
                Optional.ofNullable(properties.apply("mockapis.recordings.dir")).orElse(DEFAULT_DIRECTORY));
    }

    private static void checkName(String name) {
        boolean valid = name != null && !name.isEmpty();
        for (String segment : valid ? name.split("/", -1) : new String[0]) {
            valid &= segment.matches("[A-Za-z0-9._$-]+") && !segment.equals(".") && !segment.equals("..");
        }
        if (!valid) {
            throw new IllegalArgumentException("'" + name + "' is no recording name: use /-separated segments of"
                    + " letters, digits, '.', '_', '$' and '-', such as checkout/paid-by-card");
        }
    }

    private static String systemProperty(String key) {
        String value = System.getProperty(key);
        if (value != null) {
            return value;
        }
        return System.getenv(key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT));
    }

    /**
     * The real provider an api's fake stands for, with the configured credentials.
     *
     * @throws IllegalStateException naming the property to set when a credential or the URL is missing
     */
    public Upstream upstream(String api, FakeServer fake) {
        return upstream(api, fake.api());
    }

    private Upstream upstream(String api, FakeApi fake) {
        String prefix = "mockapis." + api + ".upstream.";
        String url = Optional.ofNullable(properties.apply(prefix + "url"))
                .or(() -> Optional.ofNullable(PROVIDERS.get(api)))
                .orElseThrow(() -> new IllegalStateException("Recording " + api + " needs " + prefix + "url"));
        Upstream upstream = Upstream.at(url);
        if (fake instanceof TwilioFake twilio) {
            String sid = required(prefix + "account-sid", api);
            return upstream.withBasicAuth(sid, required(prefix + "auth-token", api))
                    .withSubstitution(twilio.accountSid(), sid)
                    .withCallbacks(
                            "StatusCallback", callbackPort(), properties.apply("mockapis.twilio.record.callback-url"));
        }
        String key = required(prefix + "api-key", api);
        switch (api) {
            case "anthropic":
                return upstream.withHeader("x-api-key", key);
            case "gemini":
                return upstream.withHeader("x-goog-api-key", key);
            default:
                return upstream.withHeader("Authorization", "Bearer " + key);
        }
    }

    /** {@code mockapis.twilio.record.callback-port}: where record mode's relay takes Twilio's status callbacks. */
    private int callbackPort() {
        String port = properties.apply("mockapis.twilio.record.callback-port");
        if (port == null || port.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "mockapis.twilio.record.callback-port is a port number (0 for any free one), was '" + port + "'");
        }
    }

    /** The drift check over the recordings of the built-in apis; see {@link #checkDrift(Function)}. */
    public DriftResult checkDrift() {
        return checkDrift(api -> {
            java.time.Clock clock = java.time.Clock.systemUTC();
            switch (api) {
                case "openai":
                    return new dev.mockapis.openai.OpenAiFake(clock);
                case "anthropic":
                    return new dev.mockapis.anthropic.AnthropicFake(clock);
                case "gemini":
                    return new dev.mockapis.gemini.GeminiFake(clock);
                case "deepseek":
                    return new dev.mockapis.deepseek.DeepSeekFake(clock);
                case "twilio":
                    return new TwilioFake(
                            Optional.ofNullable(properties.apply("mockapis.twilio.account-sid"))
                                    .orElse("AC0a1b2c3d4e5f60718293a4b5c6d7e8f9"),
                            Optional.ofNullable(properties.apply("mockapis.twilio.auth-token"))
                                    .orElse("f0e1d2c3b4a5968778695a4b3c2d1e0f"),
                            clock);
                default:
                    throw new IllegalArgumentException("A recording for '" + api + "', which is no built-in api;"
                            + " check it with checkDrift(fakes)");
            }
        });
    }

    /**
     * The drift check over every recording under the directory: each is sent again to the real
     * provider of its api, when that api's credentials are configured, and the changes in the answers'
     * shapes are reported. Recordings of apis without credentials are skipped and listed.
     *
     * @param fakes makes a fake of an api by name, to read its recordings with (its operations are checked)
     */
    public DriftResult checkDrift(Function<String, FakeApi> fakes) {
        Path dir = directory();
        List<DriftReport> reports = new ArrayList<>();
        Set<String> skipped = new java.util.TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return new DriftResult(reports, List.of("no recordings in " + dir));
        }
        List<Path> files;
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(file -> file.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the recordings in " + dir, e);
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String api = name.substring(0, name.length() - ".yaml".length());
            FakeApi fake = fakes.apply(api);
            Upstream upstream;
            try {
                upstream = upstream(api, fake);
            } catch (IllegalStateException noCredentials) {
                skipped.add(api + ": " + noCredentials.getMessage());
                continue;
            }
            try {
                reports.add(DriftCheck.against(upstream)
                        .check(file.toString(), Files.readString(file, StandardCharsets.UTF_8), fake));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the recording " + file, e);
            }
        }
        return new DriftResult(reports, List.copyOf(skipped));
    }

    /**
     * What a drift check found.
     *
     * @param reports one per recording checked
     * @param skipped why recordings were not checked, such as an api without credentials
     */
    public record DriftResult(List<DriftReport> reports, List<String> skipped) {

        /** Copies. */
        public DriftResult {
            reports = List.copyOf(reports);
            skipped = List.copyOf(skipped);
        }

        /** Whether any recording's answers changed shape. */
        public boolean drifted() {
            return reports.stream().anyMatch(DriftReport::drifted);
        }

        /** Every report and every reason to skip, one per line. */
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            reports.forEach(report -> text.append(report).append('\n'));
            skipped.forEach(reason -> text.append("skipped ").append(reason).append('\n'));
            return text.toString().strip();
        }
    }

    private Redactions redactions(String api) {
        String prefix = "mockapis." + api + ".record.";
        return Redactions.defaults()
                .headers(list(prefix + "redact-headers"))
                .bodyFields(list(prefix + "redact-fields"))
                .secrets(list(prefix + "secrets"));
    }

    private String required(String key, String api) {
        String value = properties.apply(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(key + " is not set: record mode and the drift check need the real "
                    + api + " credential (for example " + key + "=${"
                    + api.toUpperCase(Locale.ROOT) + "_"
                    + key.substring(key.lastIndexOf('.') + 1).replace('-', '_').toUpperCase(Locale.ROOT)
                    + "})");
        }
        return value;
    }

    private List<String> list(String key) {
        String value = properties.apply(key);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(item -> !item.isEmpty())
                .toList()));
    }

    private static Optional<String> read(Path file, String resource, ClassLoader classLoader) {
        try {
            if (Files.isRegularFile(file)) {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
            }
            try (InputStream in = classLoader.getResourceAsStream(resource)) {
                return in == null
                        ? Optional.empty()
                        : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the recording " + file, e);
        }
    }

    /** Record or replay during one test method or named recording; {@link #finish} or {@link #end} ends it. */
    public static final class Session {

        private final List<Active> active;
        private final String name;
        private final String recordedBy;

        private Session(List<Active> active, String name, String recordedBy) {
            this.active = active;
            this.name = name;
            this.recordedBy = recordedBy;
        }

        /** The recording name, {@code <test class>/<method>} for a test method. */
        public String name() {
            return name;
        }

        /** The apis being recorded or replayed, with their files. */
        public Map<String, Path> files() {
            Map<String, Path> files = new java.util.LinkedHashMap<>();
            active.forEach(each -> files.put(each.api(), each.file()));
            return files;
        }

        /** Per api being recorded or replayed, {@code record} or {@code replay}. */
        public Map<String, String> modes() {
            Map<String, String> modes = new java.util.LinkedHashMap<>();
            active.forEach(each -> modes.put(each.api(), each.recorder() != null ? "record" : "replay"));
            return modes;
        }

        /**
         * Ends the test's record or replay: the fakes answer for themselves again; recordings are
         * written (unless the test failed, which keeps the earlier one); a replay's misses and a
         * recording's unreachable upstream fail the test.
         *
         * @param testFailed whether the test itself failed
         * @throws AssertionError listing the replay misses and the calls that could not be recorded
         * @throws IllegalStateException when a recording would contain a secret
         */
        public void finish(boolean testFailed) {
            Outcome outcome = end(testFailed);
            if (!outcome.problems().isEmpty()) {
                throw new AssertionError(String.join("\n", outcome.problems()));
            }
        }

        /**
         * Ends the record or replay as {@link #finish} does, but reports the problems rather than
         * throwing them.
         *
         * @param failed whether what was recorded failed, which keeps the earlier recordings
         * @throws IllegalStateException when a recording would contain a secret
         */
        public Outcome end(boolean failed) {
            active.forEach(each -> each.server().standIn(null));
            Map<String, Path> written = new java.util.LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            for (Active each : active) {
                if (each.recorder() != null) {
                    each.recorder().close();
                    problems.addAll(each.recorder().failures());
                    if (failed) {
                        LOG.log(
                                System.Logger.Level.WARNING,
                                "{0} failed; its {1} recording was not written",
                                recordedBy,
                                each.api());
                    } else if (each.recorder().failures().isEmpty()
                            && each.recorder().exchanges() > 0) {
                        each.recorder().write(each.file(), "Recorded by " + recordedBy + " from " + each.recorder());
                        written.put(each.api(), each.file());
                    }
                }
                if (each.replay() != null) {
                    problems.addAll(each.replay().misses());
                }
            }
            return new Outcome(written, problems);
        }
    }

    /**
     * How a record or replay ended.
     *
     * @param written the recordings written, by api
     * @param problems replay misses and calls that could not be recorded, one per entry
     */
    public record Outcome(Map<String, Path> written, List<String> problems) {

        /** Copies. */
        public Outcome {
            written = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(written));
            problems = List.copyOf(problems);
        }
    }

    private record Active(
            String api,
            FakeServer server,
            @Nullable Recorder recorder,
            @Nullable Replay replay,
            Path file) {}
}
