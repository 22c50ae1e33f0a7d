package dev.mockapis.autoconfigure;

import dev.mockapis.core.FakeApi;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads an api's scenario files from the classpath: {@code mockapis/scenarios/<api>/*.json},
 * {@code *.yaml} and {@code *.yml}, each file one scenario named after it.
 */
final class ScenarioFileLoader {

    private static final List<String> EXTENSIONS = List.of("json", "yaml", "yml");

    private final ResourcePatternResolver resolver;

    ScenarioFileLoader(ClassLoader classLoader) {
        this.resolver = new PathMatchingResourcePatternResolver(classLoader);
    }

    List<Scenario> load(FakeApi api) {
        List<Scenario> scenarios = new ArrayList<>();
        for (Resource resource : resources(api.name())) {
            scenarios.add(ScenarioFiles.read(
                    "mockapis/scenarios/" + api.name() + "/" + resource.getFilename(), read(resource), api));
        }
        return scenarios;
    }

    private List<Resource> resources(String api) {
        List<Resource> resources = new ArrayList<>();
        try {
            for (String extension : EXTENSIONS) {
                resources.addAll(
                        List.of(resolver.getResources("classpath*:mockapis/scenarios/" + api + "/*." + extension)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the scenario files of " + api, e);
        }
        resources.sort(Comparator.comparing(Resource::getFilename, Comparator.nullsFirst(Comparator.naturalOrder())));
        return resources;
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
