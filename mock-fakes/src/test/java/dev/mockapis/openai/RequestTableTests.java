package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The OpenAI fake's request table is what OpenAI's OpenAPI document says. The document is looked for in
 * {@code -Dmockapis.openai.spec} or in a {@code shared/specs} folder above the build; rewrite the table
 * and the model catalogue ({@code models.txt}) with {@code -Dmockapis.requests.update=true} after adding
 * routes or updating the document.
 */
class RequestTableTests {

    private static final Path TABLE = Path.of("src/main/resources/dev/mockapis/openai/request-table.json");
    private static final Path MODELS = Path.of("src/main/resources/dev/mockapis/openai/models.txt");

    @Test
    void the_committed_table_is_generated_from_openais_spec() throws IOException {
        Optional<Path> spec = spec();
        assumeTrue(spec.isPresent(), "OpenAI's OpenAPI document is not beside this build");
        String generated = new RequestTableGenerator(RequestTableGenerator.readSpec(spec.get()))
                .table(OpenAiRoutes.table().routes());
        if (Boolean.getBoolean("mockapis.requests.update")) {
            Files.writeString(TABLE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(TABLE, StandardCharsets.UTF_8))
                .as("%s; rewrite it with -Dmockapis.requests.update=true", TABLE)
                .isEqualTo(generated);
    }

    @Test
    void the_committed_model_catalogue_is_the_one_openais_spec_names() throws IOException {
        Optional<Path> spec = spec();
        assumeTrue(spec.isPresent(), "OpenAI's OpenAPI document is not beside this build");
        String generated =
                String.join("\n", new RequestTableGenerator(RequestTableGenerator.readSpec(spec.get())).modelIds())
                        + "\n";
        if (Boolean.getBoolean("mockapis.requests.update")) {
            Files.writeString(MODELS, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(MODELS, StandardCharsets.UTF_8))
                .as("%s; rewrite it with -Dmockapis.requests.update=true", MODELS)
                .isEqualTo(generated)
                .contains("gpt-4o-mini\n", "text-embedding-3-small\n", "whisper-1\n", "omni-moderation-latest\n");
    }

    /**
     * Uploads are multipart forms: OpenAI's document describes them as {@code multipart/form-data}, the
     * table holds JSON bodies only, and the fake's own form readers refuse what is missing there. The
     * check therefore leaves these operations alone rather than refusing every file part.
     */
    @Test
    void multipart_operations_are_left_to_their_form_readers() throws IOException {
        String table = Files.readString(TABLE, StandardCharsets.UTF_8);
        for (String multipart : new String[] {
            "files.create",
            "uploads.parts.create",
            "audio.transcriptions.create",
            "audio.translations.create",
            "images.create_variation"
        }) {
            assertThat(OpenAiRoutes.table().routes())
                    .anyMatch(route -> route.operationId().equals(multipart));
            assertThat(table).doesNotContain("\"" + multipart + "\":");
        }
        assertThat(table).contains("\"uploads.create\":", "\"batches.create\":", "\"moderations.create\":");
    }

    private static Optional<Path> spec() {
        String configured = System.getProperty("mockapis.openai.spec");
        if (configured != null) {
            return Optional.of(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/specs/openai-openapi.yaml");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
