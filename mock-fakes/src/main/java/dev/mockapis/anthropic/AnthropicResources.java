package dev.mockapis.anthropic;

import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.internal.IdSequence;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The Anthropic API beyond the model turn: the models catalog, Message Batches, Files (beta), Skills and
 * the managed agents' environments, agents and sessions (beta). Each
 * operation is named after the Java SDK's service path ({@code client.models().list()} is
 * {@code models.list}).
 */
final class AnthropicResources {

    static final String MODELS_LIST = "models.list";
    static final String MODELS_RETRIEVE = "models.retrieve";

    static final String BATCHES_CREATE = "messages.batches.create";
    static final String BATCHES_LIST = "messages.batches.list";
    static final String BATCHES_RETRIEVE = "messages.batches.retrieve";
    static final String BATCHES_CANCEL = "messages.batches.cancel";
    static final String BATCHES_DELETE = "messages.batches.delete";
    static final String BATCHES_RESULTS = "messages.batches.results";

    static final String FILES_UPLOAD = "beta.files.upload";
    static final String FILES_LIST = "beta.files.list";
    static final String FILES_RETRIEVE_METADATA = "beta.files.retrieve_metadata";
    static final String FILES_DOWNLOAD = "beta.files.download";
    static final String FILES_DELETE = "beta.files.delete";

    static final String SKILLS_CREATE = "skills.create";
    static final String SKILLS_RETRIEVE = "skills.retrieve";
    static final String SKILLS_LIST = "skills.list";
    static final String SKILLS_DELETE = "skills.delete";
    static final String SKILL_VERSIONS_CREATE = "skills.versions.create";
    static final String SKILL_VERSIONS_RETRIEVE = "skills.versions.retrieve";
    static final String SKILL_VERSIONS_LIST = "skills.versions.list";
    static final String SKILL_VERSIONS_DELETE = "skills.versions.delete";

    static final String ENVIRONMENTS_CREATE = "beta.environments.create";
    static final String ENVIRONMENTS_RETRIEVE = "beta.environments.retrieve";
    static final String ENVIRONMENTS_UPDATE = "beta.environments.update";
    static final String ENVIRONMENTS_LIST = "beta.environments.list";
    static final String ENVIRONMENTS_DELETE = "beta.environments.delete";
    static final String ENVIRONMENTS_ARCHIVE = "beta.environments.archive";

    static final String AGENTS_CREATE = "beta.agents.create";
    static final String AGENTS_RETRIEVE = "beta.agents.retrieve";
    static final String AGENTS_UPDATE = "beta.agents.update";
    static final String AGENTS_LIST = "beta.agents.list";
    static final String AGENTS_ARCHIVE = "beta.agents.archive";
    static final String AGENT_VERSIONS_LIST = "beta.agents.versions.list";

    static final String SESSIONS_CREATE = "beta.sessions.create";
    static final String SESSIONS_RETRIEVE = "beta.sessions.retrieve";
    static final String SESSIONS_UPDATE = "beta.sessions.update";
    static final String SESSIONS_LIST = "beta.sessions.list";
    static final String SESSIONS_DELETE = "beta.sessions.delete";
    static final String SESSIONS_ARCHIVE = "beta.sessions.archive";
    static final String SESSION_EVENTS_SEND = "beta.sessions.events.send";
    static final String SESSION_EVENTS_LIST = "beta.sessions.events.list";
    static final String SESSION_EVENTS_STREAM = "beta.sessions.events.stream";

    private final AnthropicModels models;
    private final MessageBatches batches;
    private final AnthropicFiles files;
    private final AnthropicSkills skills;
    private final AgentEnvironments environments;
    private final AgentDefinitions agents;
    private final AgentSessions sessions;
    private final Map<String, Function<ApiCall, FakeResponse>> handlers;

    /**
     * Resources with no state.
     *
     * @param models the models served and accepted
     */
    AnthropicResources(IdSequence ids, Clock clock, AnthropicModels models) {
        this.models = models;
        this.batches = new MessageBatches(ids, clock);
        this.files = new AnthropicFiles(ids, clock);
        this.skills = new AnthropicSkills(ids, clock);
        this.environments = new AgentEnvironments(ids, clock);
        this.agents = new AgentDefinitions(ids, clock);
        this.sessions = new AgentSessions(ids, clock, agents, environments);
        this.handlers = Map.ofEntries(
                Map.entry(MODELS_LIST, models::list),
                Map.entry(MODELS_RETRIEVE, models::retrieve),
                Map.entry(BATCHES_CREATE, batches::create),
                Map.entry(BATCHES_LIST, batches::list),
                Map.entry(BATCHES_RETRIEVE, batches::retrieve),
                Map.entry(BATCHES_CANCEL, batches::cancel),
                Map.entry(BATCHES_DELETE, batches::delete),
                Map.entry(BATCHES_RESULTS, batches::results),
                Map.entry(FILES_UPLOAD, files::upload),
                Map.entry(FILES_LIST, files::list),
                Map.entry(FILES_RETRIEVE_METADATA, files::retrieve),
                Map.entry(FILES_DOWNLOAD, files::download),
                Map.entry(FILES_DELETE, files::delete),
                Map.entry(SKILLS_CREATE, skills::create),
                Map.entry(SKILLS_RETRIEVE, skills::retrieve),
                Map.entry(SKILLS_LIST, skills::list),
                Map.entry(SKILLS_DELETE, skills::delete),
                Map.entry(SKILL_VERSIONS_CREATE, skills::createVersion),
                Map.entry(SKILL_VERSIONS_RETRIEVE, skills::retrieveVersion),
                Map.entry(SKILL_VERSIONS_LIST, skills::listVersions),
                Map.entry(SKILL_VERSIONS_DELETE, skills::deleteVersion),
                Map.entry(ENVIRONMENTS_CREATE, environments::create),
                Map.entry(ENVIRONMENTS_RETRIEVE, environments::retrieve),
                Map.entry(ENVIRONMENTS_UPDATE, environments::update),
                Map.entry(ENVIRONMENTS_LIST, environments::list),
                Map.entry(ENVIRONMENTS_DELETE, environments::delete),
                Map.entry(ENVIRONMENTS_ARCHIVE, environments::archive),
                Map.entry(AGENTS_CREATE, agents::create),
                Map.entry(AGENTS_RETRIEVE, agents::retrieve),
                Map.entry(AGENTS_UPDATE, agents::update),
                Map.entry(AGENTS_LIST, agents::list),
                Map.entry(AGENTS_ARCHIVE, agents::archive),
                Map.entry(AGENT_VERSIONS_LIST, agents::listVersions),
                Map.entry(SESSIONS_CREATE, sessions::create),
                Map.entry(SESSIONS_RETRIEVE, sessions::retrieve),
                Map.entry(SESSIONS_UPDATE, sessions::update),
                Map.entry(SESSIONS_LIST, sessions::list),
                Map.entry(SESSIONS_DELETE, sessions::delete),
                Map.entry(SESSIONS_ARCHIVE, sessions::archive),
                Map.entry(SESSION_EVENTS_SEND, sessions::sendEvents),
                Map.entry(SESSION_EVENTS_LIST, sessions::listEvents),
                Map.entry(SESSION_EVENTS_STREAM, sessions::streamEvents));
    }

    /** The uploaded files, which messages may point at. */
    AnthropicFiles files() {
        return files;
    }

    boolean handles(String operationId) {
        return handlers.containsKey(operationId);
    }

    /**
     * Answers a call to one of these operations.
     *
     * @throws IllegalArgumentException for a {@code Reply} directive, which only steers model turns
     */
    FakeResponse handle(ApiCall call, @Nullable Directive directive) {
        if (directive != null) {
            throw new IllegalArgumentException("A Reply only steers model turns (" + AnthropicFake.CREATE + "); script "
                    + call.operationId() + " with respond(...) or fail(...) instead");
        }
        Function<ApiCall, FakeResponse> handler = Objects.requireNonNull(
                handlers.get(call.operationId()), "the fake asks handles(operationId) before handing a call over");
        return handler.apply(call);
    }

    /** Forgets every resource created. */
    void reset() {
        batches.reset();
        files.reset();
        skills.reset();
        sessions.reset();
        agents.reset();
        environments.reset();
    }
}
