package dev.mockapis.junit;

import dev.mockapis.core.FakeApi;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads an api's scenario files from the classpath, as the Spring starter does:
 * {@code mockapis/scenarios/<api>/*.json}, {@code *.yaml} and {@code *.yml}, each file one scenario named
 * after it, from directories and jars alike, in file-name order.
 */
final class ClasspathScenarioFiles {

    private static final List<String> EXTENSIONS = List.of(".json", ".yaml", ".yml");

    private final ClassLoader classLoader;

    ClasspathScenarioFiles(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    List<Scenario> load(FakeApi api) {
        String directory = "mockapis/scenarios/" + api.name() + "/";
        List<ScenarioFile> files = new ArrayList<>();
        try {
            for (URL root : Collections.list(classLoader.getResources(directory))) {
                files.addAll(list(root, directory));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the scenario files of " + api.name(), e);
        }
        files.sort(Comparator.comparing(ScenarioFile::name));
        List<Scenario> scenarios = new ArrayList<>();
        for (ScenarioFile file : files) {
            scenarios.add(ScenarioFiles.read(directory + file.name(), file.content(), api));
        }
        return scenarios;
    }

    private static List<ScenarioFile> list(URL root, String directory) throws IOException {
        if ("file".equals(root.getProtocol())) {
            return inDirectory(toPath(root));
        }
        if ("jar".equals(root.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                return inJar(jar, directory);
            }
        }
        throw new IOException("Scenario files can be read from directories and jars, not from " + root);
    }

    private static List<ScenarioFile> inDirectory(Path directory) throws IOException {
        List<ScenarioFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path path : entries.filter(Files::isRegularFile).toList()) {
                String name = path.getFileName().toString();
                if (isScenarioFile(name)) {
                    files.add(new ScenarioFile(name, Files.readString(path, StandardCharsets.UTF_8)));
                }
            }
        }
        return files;
    }

    private static List<ScenarioFile> inJar(JarFile jar, String directory) throws IOException {
        List<ScenarioFile> files = new ArrayList<>();
        for (JarEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName()
                    .substring(Math.min(directory.length(), entry.getName().length()));
            if (!entry.isDirectory()
                    && entry.getName().startsWith(directory)
                    && !name.contains("/")
                    && isScenarioFile(name)) {
                try (InputStream content = jar.getInputStream(entry)) {
                    files.add(new ScenarioFile(name, new String(content.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return files;
    }

    private static boolean isScenarioFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private static Path toPath(URL url) throws IOException {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("Not a file URL: " + url, e);
        }
    }

    private record ScenarioFile(String name, String content) {}
}
