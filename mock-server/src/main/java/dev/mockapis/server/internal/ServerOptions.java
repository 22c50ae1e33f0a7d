package dev.mockapis.server.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the server was asked to run, read from its command line.
 *
 * @param apis the fakes to start, in {@link KnownApi} order
 * @param ports fixed ports by api; the others get a free port
 * @param adminPort the admin API's port, 0 for a free one
 * @param scenarioDirectory where scenario files are read from, if anywhere
 * @param urlsFile where the URLs are written as JSON, if anywhere
 * @param twilioAccount the account the Twilio fake serves
 * @param settings {@code mockapis.*} settings from the command line, ahead of system properties and the
 *     environment: {@code --mode} and {@code --recordings}
 * @param help whether only the usage text was asked for
 */
public record ServerOptions(
        Set<KnownApi> apis,
        Map<KnownApi, Integer> ports,
        int adminPort,
        Optional<Path> scenarioDirectory,
        Optional<Path> urlsFile,
        TwilioAccount twilioAccount,
        Map<String, String> settings,
        boolean help) {

    /** Where recordings are kept unless {@code --recordings} says otherwise. */
    public static final String DEFAULT_RECORDINGS = "mockapis-recordings";

    /** The usage text. */
    public static final String USAGE =
            """
            Usage: java -jar mock-server.jar [options]
              --apis LIST              fakes to start, comma-separated (default: all): %s
              --port API=PORT          a fixed port for a fake (repeatable, or comma-separated); others get a free port
              --admin-port PORT        the admin API's port (default: a free port)
              --scenarios DIR          scenario files, DIR/<api>/<name>.yaml|yml|json
              --urls-file PATH         also write the base URLs to PATH as JSON
              --twilio-account-sid SID the account the Twilio fake serves (default %s)
              --twilio-auth-token TOK  its auth token, which webhooks are signed with
              --mode [API=]MODE        record, replay, auto (replay when recorded, the default) or fake, for
                                       one api or all (repeatable); credentials for record mode come from
                                       the environment, such as MOCKAPIS_OPENAI_UPSTREAM_API_KEY
              --recordings DIR         where recordings are read and written (default %s)
              --help                   this text
            """.formatted(String.join(",", KnownApi.ids()), TwilioAccount.DEFAULT.accountSid(), DEFAULT_RECORDINGS);

    private static final List<String> MODES = List.of("auto", "record", "replay", "fake");

    /** Copies. */
    public ServerOptions {
        apis = Collections.unmodifiableSet(EnumSet.copyOf(apis));
        ports = Collections.unmodifiableMap(ports.isEmpty() ? new EnumMap<>(KnownApi.class) : new EnumMap<>(ports));
        settings = Map.copyOf(settings);
    }

    /** A {@code mockapis.*} setting: the command line's, else a system property, else the environment's. */
    public String setting(String key) {
        String value = settings.get(key);
        if (value != null) {
            return value;
        }
        value = System.getProperty(key);
        if (value != null) {
            return value;
        }
        value = System.getenv(key.replace('.', '_').replace('-', '_').toUpperCase(java.util.Locale.ROOT));
        if (value != null) {
            return value;
        }
        return key.equals("mockapis.recordings.dir") ? DEFAULT_RECORDINGS : null;
    }

    /** The port a fake asked for, 0 when any free port will do. */
    public int port(KnownApi api) {
        return ports.getOrDefault(api, 0);
    }

    /**
     * Reads a command line.
     *
     * @throws UsageException naming the first problem
     */
    public static ServerOptions parse(String... args) {
        Set<KnownApi> apis = EnumSet.allOf(KnownApi.class);
        Map<KnownApi, Integer> ports = new EnumMap<>(KnownApi.class);
        int adminPort = 0;
        Path scenarios = null;
        Path urlsFile = null;
        String accountSid = TwilioAccount.DEFAULT.accountSid();
        String authToken = TwilioAccount.DEFAULT.authToken();
        boolean help = false;
        Map<String, String> settings = new java.util.HashMap<>();
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            String inlineValue = null;
            int equals = option.indexOf('=');
            if (option.startsWith("--") && equals > 0) {
                inlineValue = option.substring(equals + 1);
                option = option.substring(0, equals);
            }
            switch (option) {
                case "--help", "-h" -> help = true;
                case "--apis" -> apis = apis(value(option, inlineValue, rest));
                case "--port" -> ports.putAll(ports(value(option, inlineValue, rest)));
                case "--admin-port" -> adminPort = port(option, value(option, inlineValue, rest));
                case "--scenarios" -> scenarios = Path.of(value(option, inlineValue, rest));
                case "--urls-file" -> urlsFile = Path.of(value(option, inlineValue, rest));
                case "--twilio-account-sid" -> accountSid = value(option, inlineValue, rest);
                case "--twilio-auth-token" -> authToken = value(option, inlineValue, rest);
                case "--mode" -> settings.putAll(modes(value(option, inlineValue, rest)));
                case "--recordings" -> settings.put("mockapis.recordings.dir", value(option, inlineValue, rest));
                default -> throw new UsageException("Unknown option '" + option + "'");
            }
        }
        for (KnownApi api : ports.keySet()) {
            if (!apis.contains(api)) {
                throw new UsageException("--port names " + api.id() + ", which --apis does not start");
            }
        }
        return new ServerOptions(
                apis,
                ports,
                adminPort,
                Optional.ofNullable(scenarios),
                Optional.ofNullable(urlsFile),
                new TwilioAccount(accountSid, authToken),
                settings,
                help);
    }

    private static String value(String option, String inlineValue, List<String> rest) {
        if (inlineValue != null) {
            return inlineValue;
        }
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return rest.remove(0);
    }

    private static Set<KnownApi> apis(String list) {
        Set<KnownApi> apis = EnumSet.noneOf(KnownApi.class);
        for (String name : list.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            apis.add(KnownApi.byId(name)
                    .orElseThrow(() -> new UsageException("Unknown api '" + name.strip() + "' in --apis; known: "
                            + String.join(", ", KnownApi.ids()))));
        }
        if (apis.isEmpty()) {
            throw new UsageException("--apis names no api; known: " + String.join(", ", KnownApi.ids()));
        }
        return apis;
    }

    private static Map<KnownApi, Integer> ports(String list) {
        Map<KnownApi, Integer> ports = new EnumMap<>(KnownApi.class);
        for (String entry : list.split(",")) {
            int equals = entry.indexOf('=');
            if (equals < 0) {
                throw new UsageException("--port takes API=PORT, such as openai=8081; got '" + entry + "'");
            }
            String name = entry.substring(0, equals);
            KnownApi api = KnownApi.byId(name)
                    .orElseThrow(() -> new UsageException(
                            "Unknown api '" + name + "' in --port; known: " + String.join(", ", KnownApi.ids())));
            ports.put(api, port("--port " + name, entry.substring(equals + 1)));
        }
        return ports;
    }

    private static Map<String, String> modes(String list) {
        Map<String, String> modes = new java.util.HashMap<>();
        for (String entry : list.split(",")) {
            int equals = entry.indexOf('=');
            String mode = entry.substring(equals + 1).strip();
            if (!MODES.contains(mode)) {
                throw new UsageException("Unknown mode '" + mode + "' in --mode; known: " + String.join(", ", MODES));
            }
            if (equals < 0) {
                modes.put("mockapis.mode", mode);
                continue;
            }
            String name = entry.substring(0, equals).strip();
            KnownApi api = KnownApi.byId(name)
                    .orElseThrow(() -> new UsageException(
                            "Unknown api '" + name + "' in --mode; known: " + String.join(", ", KnownApi.ids())));
            modes.put("mockapis." + api.id() + ".mode", mode);
        }
        return modes;
    }

    private static int port(String option, String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, like an out-of-range number
        }
        throw new UsageException(option + " takes a port from 0 to 65535, got '" + text + "'");
    }
}
