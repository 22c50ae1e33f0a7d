package dev.mockapis.server.internal;

import dev.mockapis.core.FakeApi;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads the scenario files of a directory: {@code DIR/<api>/<name>.yaml}, {@code .yml} or {@code .json},
 * each one scenario named after its file, in the format the Spring Boot starter reads from the classpath.
 */
final class ScenarioDirectory {

    private final Path root;

    ScenarioDirectory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new UsageException("--scenarios " + root + " is not a directory");
        }
        this.root = root;
        List<String> unknown = unknownApiDirectories();
        if (!unknown.isEmpty()) {
            throw new UsageException("--scenarios " + root + " has directories that name no api: "
                    + String.join(", ", unknown) + "; known: " + String.join(", ", KnownApi.ids()));
        }
    }

    /** The api's scenarios, by file name; none when it has no directory. */
    List<Scenario> load(FakeApi api) {
        Path directory = root.resolve(api.name());
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Scenario> scenarios = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file :
                    files.filter(ScenarioDirectory::isScenarioFile).sorted().toList()) {
                scenarios.add(ScenarioFiles.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8), api));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the scenario files in " + directory, e);
        }
        return scenarios;
    }

    private List<String> unknownApiDirectories() {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory)
                    .map(path -> path.getFileName().toString())
                    .filter(name -> KnownApi.byId(name).isEmpty())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + root, e);
        }
    }

    private static boolean isScenarioFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }
}
