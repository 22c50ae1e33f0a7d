package dev.mockapis.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.MultipartField;
import com.anthropic.errors.BadRequestException;
import com.anthropic.errors.NotFoundException;
import com.anthropic.models.skills.Skill;
import com.anthropic.models.skills.SkillCreateParams;
import com.anthropic.models.skills.versions.SkillVersion;
import com.anthropic.models.skills.versions.VersionCreateParams;
import com.anthropic.models.skills.versions.VersionDeleteParams;
import com.anthropic.models.skills.versions.VersionRetrieveParams;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Interaction;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnthropicSkillsTests {

    private static final String GREETING = """
            ---
            name: greeting
            description: Replaces ordinary greetings with nautical ones.
            ---

            Whenever the user greets you, respond with "Ahoy!" instead of "Hello".
            """;

    private final FakeServer server = FakeServer.start(new AnthropicFake(Clock.systemUTC()));
    private final AnthropicClient client = AnthropicClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static MultipartField<InputStream> file(String filename, String text) {
        return MultipartField.<InputStream>builder()
                .value(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .filename(filename)
                .build();
    }

    private Skill greetingSkill() {
        return client.skills()
                .create(SkillCreateParams.builder()
                        .displayName("greeting-skill")
                        .addFile(file("greeting/SKILL.md", GREETING))
                        .addFile(file("greeting/reference.md", "Nautical greetings: Ahoy, Avast."))
                        .build());
    }

    /** What the SDK's own SkillsExample does: create from files, retrieve, retrieve the latest version. */
    @Test
    void aSkillIsCreatedFromItsFilesWithAVersionNamedBySkillMd() {
        Skill skill = greetingSkill();

        assertThat(skill.id()).startsWith("skill_011C");
        assertThat(skill.displayName()).contains("greeting-skill");
        Skill retrieved = client.skills().retrieve(skill.id());
        assertThat(retrieved.latestVersionId()).isEqualTo(skill.latestVersionId());
        SkillVersion version = client.skills()
                .versions()
                .retrieve(VersionRetrieveParams.builder()
                        .skillId(skill.id())
                        .version(retrieved.latestVersionId())
                        .build());
        assertThat(version.name()).isEqualTo("greeting");
        assertThat(version.description()).isEqualTo("Replaces ordinary greetings with nautical ones.");
        assertThat(version.skillId()).isEqualTo(skill.id());
        assertThat(server.interactions().all())
                .extracting(Interaction::operationId)
                .containsExactly("skills.create", "skills.retrieve", "skills.versions.retrieve");
        assertThat(client.beta().skills().retrieve(skill.id()).latestVersionId())
                .as("the beta service, on the same paths with ?beta=true")
                .isEqualTo(skill.latestVersionId());
    }

    @Test
    void aNewVersionBecomesTheLatestAndASkillGoesOnceItsVersionsHaveGone() {
        Skill skill = greetingSkill();
        SkillVersion second = client.skills()
                .versions()
                .create(VersionCreateParams.builder()
                        .skillId(skill.id())
                        .addFile(file("greeting/SKILL.md", GREETING.replace("nautical", "pirate")))
                        .build());

        assertThat(client.skills().retrieve(skill.id()).latestVersionId()).isEqualTo(second.id());
        List<String> versions = client.skills().versions().list(skill.id()).autoPager().stream()
                .map(SkillVersion::id)
                .toList();
        assertThat(versions).containsExactly(second.id(), skill.latestVersionId());
        assertThat(client.skills().list().autoPager().stream().map(Skill::id)).containsExactly(skill.id());

        assertThatThrownBy(() -> client.skills().delete(skill.id()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("delete its versions first");
        for (String version : versions) {
            assertThat(client.skills()
                            .versions()
                            .delete(VersionDeleteParams.builder()
                                    .skillId(skill.id())
                                    .version(version)
                                    .build())
                            .id())
                    .isEqualTo(version);
        }
        assertThat(client.skills().delete(skill.id()).id()).isEqualTo(skill.id());
        assertThatThrownBy(() -> client.skills().retrieve(skill.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSkillWithoutSkillMdIsRefused() {
        assertThatThrownBy(() -> client.skills()
                        .create(SkillCreateParams.builder()
                                .addFile(file("greeting/reference.md", "No manifest here."))
                                .build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("SKILL.md");
    }
}
