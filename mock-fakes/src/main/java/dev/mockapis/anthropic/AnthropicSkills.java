package dev.mockapis.anthropic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import dev.mockapis.core.internal.MultipartForm;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code skills.*} and {@code skills.versions.*} ({@code client.skills()}, and {@code client.beta().skills()}
 * on the same paths with {@code ?beta=true}): a skill is made from a multipart upload of its files, each
 * {@code filename} a path inside the skill's top-level directory, one of them that directory's
 * {@code SKILL.md}, whose front matter gives the version its {@code name} and {@code description}, as the API
 * reads them. Each upload of files to a skill makes a new version (its id the upload time in microseconds),
 * which becomes the skill's {@code latest_version_id}. Lists are newest first. Thread-safe.
 */
final class AnthropicSkills {

    private record Version(String id, String skillId, String name, String description, Instant createdAt) {

        ObjectNode json() {
            ObjectNode json = JsonSupport.object();
            json.put("id", id);
            json.put("type", "skill_version");
            json.put("skill_id", skillId);
            json.put("name", name);
            json.put("description", description);
            json.put("created_at", createdAt.toString());
            return json;
        }
    }

    private static final class Skill {
        final String id;
        final String displayName;
        final Instant createdAt;
        final Map<String, Version> versions = new LinkedHashMap<>();
        Instant updatedAt;

        Skill(String id, String displayName, Instant createdAt) {
            this.id = id;
            this.displayName = displayName;
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
        }

        ObjectNode json() {
            ObjectNode json = JsonSupport.object();
            json.put("id", id);
            json.put("type", "skill");
            json.put("display_name", displayName);
            json.put("latest_version_id", latest().id());
            json.putObject("source").put("type", "custom");
            json.put("created_at", createdAt.toString());
            json.put("updated_at", updatedAt.toString());
            return json;
        }

        Version latest() {
            List<Version> all = new ArrayList<>(versions.values());
            return all.get(all.size() - 1);
        }
    }

    private final IdSequence ids;
    private final Clock clock;
    private final Map<String, Skill> skills = new LinkedHashMap<>();
    private Instant lastVersionTime = Instant.EPOCH;

    AnthropicSkills(IdSequence ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    synchronized FakeResponse create(ApiCall call) {
        MultipartForm form = form(call);
        String displayName =
                form.part("display_name").map(MultipartForm.Part::text).orElse("");
        List<MultipartForm.Part> files = files(form);
        String id = ids.next("skill_011C", IdSequence.BASE62, 20);
        Version version = version(id, files);
        Skill skill = new Skill(id, displayName.isBlank() ? version.name() : displayName, version.createdAt());
        skill.versions.put(version.id(), version);
        skills.put(skill.id, skill);
        return FakeResponse.json(200, skill.json());
    }

    synchronized FakeResponse retrieve(ApiCall call) {
        return FakeResponse.json(200, skill(call).json());
    }

    synchronized FakeResponse list(ApiCall call) {
        List<ObjectNode> newestFirst = new ArrayList<>();
        skills.values().forEach(skill -> newestFirst.add(0, skill.json()));
        return TokenPage.of(call, newestFirst);
    }

    /** A skill goes once its versions have gone, as on the API. */
    synchronized FakeResponse delete(ApiCall call) {
        Skill skill = skill(call);
        if (!skill.versions.isEmpty()) {
            throw new ProviderErrorException(AnthropicErrors.invalidRequest(
                    "Cannot delete skill " + skill.id + " while it has versions; delete its versions first."));
        }
        skills.remove(skill.id);
        return FakeResponse.json(200, JsonSupport.object().put("id", skill.id).put("type", "skill_deleted"));
    }

    synchronized FakeResponse createVersion(ApiCall call) {
        Skill skill = skill(call);
        Version version = version(skill.id, files(form(call)));
        skill.versions.put(version.id(), version);
        skill.updatedAt = version.createdAt();
        return FakeResponse.json(200, version.json());
    }

    synchronized FakeResponse retrieveVersion(ApiCall call) {
        return FakeResponse.json(200, version(call).json());
    }

    synchronized FakeResponse listVersions(ApiCall call) {
        List<ObjectNode> newestFirst = new ArrayList<>();
        skill(call).versions.values().forEach(version -> newestFirst.add(0, version.json()));
        return TokenPage.of(call, newestFirst);
    }

    synchronized FakeResponse deleteVersion(ApiCall call) {
        Version version = version(call);
        Skill skill = skill(call);
        skill.versions.remove(version.id());
        return FakeResponse.json(
                200, JsonSupport.object().put("id", version.id()).put("type", "skill_version_deleted"));
    }

    synchronized void reset() {
        skills.clear();
        lastVersionTime = Instant.EPOCH;
    }

    /** A version of the files, named and described by its {@code SKILL.md}. */
    private Version version(String skillId, List<MultipartForm.Part> files) {
        MultipartForm.Part manifest = files.stream()
                .filter(file -> file.filename() != null && isManifest(file.filename()))
                .findFirst()
                .orElseThrow(() -> invalid("files: a skill needs a SKILL.md file in its top-level directory"));
        Map<String, String> frontMatter = frontMatter(manifest.text());
        String name = frontMatter.getOrDefault("name", "");
        String description = frontMatter.getOrDefault("description", "");
        if (name.isBlank() || description.isBlank()) {
            throw invalid("files: SKILL.md must start with YAML front matter giving the skill's name and description");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant at = now.isAfter(lastVersionTime) ? now : lastVersionTime.plus(1, ChronoUnit.MICROS);
        lastVersionTime = at;
        String id = String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, at));
        return new Version(id, skillId, name, description, at);
    }

    /** {@code SKILL.md} directly inside the top-level directory (or alone, for a one-file skill). */
    private static boolean isManifest(String filename) {
        String[] path = filename.replace('\\', '/').split("/");
        return path[path.length - 1].equals("SKILL.md") && path.length <= 2;
    }

    private static Map<String, String> frontMatter(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] lines = text.strip().split("\\R");
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return fields;
        }
        for (int i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String value = lines[i].substring(colon + 1).strip();
                if (value.length() >= 2
                        && (value.startsWith("\"") && value.endsWith("\"")
                                || value.startsWith("'") && value.endsWith("'"))) {
                    value = value.substring(1, value.length() - 1);
                }
                fields.put(lines[i].substring(0, colon).strip(), value);
            }
        }
        return fields;
    }

    private static List<MultipartForm.Part> files(MultipartForm form) {
        List<MultipartForm.Part> files = new ArrayList<>(form.parts("files"));
        files.addAll(form.parts("files[]"));
        if (files.isEmpty()) {
            throw invalid("files: Field required");
        }
        return files;
    }

    private static MultipartForm form(ApiCall call) {
        if (!call.request().mediaType().equals("multipart/form-data")) {
            throw invalid("files: Field required");
        }
        try {
            return MultipartForm.parse(
                    call.request().header("Content-Type").orElse(""),
                    call.request().body());
        } catch (IllegalArgumentException e) {
            throw invalid("Invalid multipart body: " + e.getMessage());
        }
    }

    private Skill skill(ApiCall call) {
        String id = call.pathVariable("skill_id").orElseThrow();
        Skill skill = skills.get(id);
        if (skill == null) {
            throw notFound("Skill not found: " + id);
        }
        return skill;
    }

    private Version version(ApiCall call) {
        String id = call.pathVariable("version").orElseThrow();
        Version version = skill(call).versions.get(id);
        if (version == null) {
            throw notFound("Skill version not found: " + id);
        }
        return version;
    }

    private static ProviderErrorException notFound(String message) {
        return new ProviderErrorException(AnthropicErrors.error(404, AnthropicErrors.NOT_FOUND, message));
    }

    private static ProviderErrorException invalid(String message) {
        return new ProviderErrorException(AnthropicErrors.invalidRequest(message));
    }
}
