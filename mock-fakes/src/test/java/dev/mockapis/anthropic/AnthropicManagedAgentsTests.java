package dev.mockapis.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.NotFoundException;
import com.anthropic.models.beta.agents.AgentCreateParams;
import com.anthropic.models.beta.agents.AgentUpdateParams;
import com.anthropic.models.beta.agents.BetaManagedAgentsAgent;
import com.anthropic.models.beta.agents.BetaManagedAgentsModel;
import com.anthropic.models.beta.agents.BetaManagedAgentsModelConfigParams;
import com.anthropic.models.beta.environments.BetaEnvironment;
import com.anthropic.models.beta.environments.EnvironmentCreateParams;
import com.anthropic.models.beta.environments.EnvironmentListParams;
import com.anthropic.models.beta.sessions.BetaManagedAgentsDeltaType;
import com.anthropic.models.beta.sessions.BetaManagedAgentsSession;
import com.anthropic.models.beta.sessions.SessionCreateParams;
import com.anthropic.models.beta.sessions.events.BetaManagedAgentsSessionEvent;
import com.anthropic.models.beta.sessions.events.BetaManagedAgentsStreamSessionEvents;
import com.anthropic.models.beta.sessions.events.BetaManagedAgentsTextBlock;
import com.anthropic.models.beta.sessions.events.BetaManagedAgentsUserMessageEventParams;
import com.anthropic.models.beta.sessions.events.EventSendParams;
import com.anthropic.models.beta.sessions.events.EventStreamParams;
import dev.mockapis.core.FakeServer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnthropicManagedAgentsTests {

    private final FakeServer server = FakeServer.start(new AnthropicFake(Clock.systemUTC()));
    private final AnthropicClient client = AnthropicClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private BetaEnvironment environment(String name) {
        return client.beta()
                .environments()
                .create(EnvironmentCreateParams.builder().name(name).build());
    }

    private BetaManagedAgentsAgent agent(String name) {
        return client.beta()
                .agents()
                .create(AgentCreateParams.builder()
                        .name(name)
                        .model(BetaManagedAgentsModelConfigParams.builder()
                                .id(BetaManagedAgentsModel.CLAUDE_OPUS_4_6)
                                .build())
                        .build());
    }

    private void say(String sessionId, String text) {
        client.beta()
                .sessions()
                .events()
                .send(EventSendParams.builder()
                        .sessionId(sessionId)
                        .addUserMessageEvent(List.of(BetaManagedAgentsUserMessageEventParams.Content.ofText(
                                BetaManagedAgentsTextBlock.builder().text(text).build())))
                        .build());
    }

    /** What the SDK's own ManagedAgentsExample does, to the session going idle. */
    @Test
    void aSessionAnswersAUserMessageAndStreamsItsEventsUntilIdle() {
        BetaEnvironment environment = environment("simple-example-environment");
        BetaManagedAgentsAgent agent = agent("simple-example-agent");
        BetaManagedAgentsSession session = client.beta()
                .sessions()
                .create(SessionCreateParams.builder()
                        .environmentId(environment.id())
                        .agent(agent.id())
                        .build());
        assertThat(session.id()).startsWith("sesn_011C");
        assertThat(session.status()).isEqualTo(BetaManagedAgentsSession.Status.IDLE);
        assertThat(session.agent().id()).isEqualTo(agent.id());

        say(session.id(), "Hello Claude!");
        assertThat(client.beta().sessions().retrieve(session.id()).status())
                .isEqualTo(BetaManagedAgentsSession.Status.RUNNING);

        List<BetaManagedAgentsStreamSessionEvents> streamed = new ArrayList<>();
        try (StreamResponse<BetaManagedAgentsStreamSessionEvents> stream =
                client.beta().sessions().events().streamStreaming(session.id())) {
            stream.stream().forEach(streamed::add);
        }
        assertThat(streamed)
                .last()
                .satisfies(event -> assertThat(event.isSessionStatusIdle()).isTrue());
        assertThat(streamed)
                .filteredOn(BetaManagedAgentsStreamSessionEvents::isAgentMessage)
                .singleElement()
                .satisfies(event -> assertThat(
                                event.asAgentMessage().content().get(0).asText().text())
                        .contains("Hello Claude!"));
        BetaManagedAgentsSession idle = client.beta().sessions().retrieve(session.id());
        assertThat(idle.status()).isEqualTo(BetaManagedAgentsSession.Status.IDLE);
        assertThat(idle.usage().outputTokens())
                .hasValueSatisfying(tokens -> assertThat(tokens).isPositive());
        List<BetaManagedAgentsSessionEvent> events =
                client.beta().sessions().events().list(session.id()).autoPager().stream()
                        .toList();
        assertThat(events).hasSize(4);
        assertThat(events.get(0).isUserMessage()).isTrue();
        assertThat(events.get(1).isSessionStatusRunning()).isTrue();
        assertThat(events.get(2).isAgentMessage()).isTrue();
        assertThat(events.get(3).isSessionStatusIdle()).isTrue();
    }

    @Test
    void askedForDeltasTheStreamPreviewsTheAgentMessageWordByWord() {
        BetaManagedAgentsSession session = client.beta()
                .sessions()
                .create(SessionCreateParams.builder()
                        .environmentId(environment("env").id())
                        .agent(agent("agent").id())
                        .build());
        say(session.id(), "Hello there");

        List<BetaManagedAgentsStreamSessionEvents> streamed = new ArrayList<>();
        try (StreamResponse<BetaManagedAgentsStreamSessionEvents> stream = client.beta()
                .sessions()
                .events()
                .streamStreaming(
                        session.id(),
                        EventStreamParams.builder()
                                .addEventDelta(BetaManagedAgentsDeltaType.AGENT_MESSAGE)
                                .build())) {
            stream.stream().forEach(streamed::add);
        }

        BetaManagedAgentsStreamSessionEvents message = streamed.stream()
                .filter(BetaManagedAgentsStreamSessionEvents::isAgentMessage)
                .findFirst()
                .orElseThrow();
        String id = message.asAgentMessage().id();
        assertThat(streamed)
                .filteredOn(BetaManagedAgentsStreamSessionEvents::isEventStart)
                .hasSize(1);
        String previewed = streamed.stream()
                .filter(BetaManagedAgentsStreamSessionEvents::isEventDelta)
                .map(BetaManagedAgentsStreamSessionEvents::asEventDelta)
                .peek(delta -> assertThat(delta.eventId()).isEqualTo(id))
                .map(delta -> delta.delta().content().text())
                .collect(java.util.stream.Collectors.joining());
        assertThat(previewed)
                .isEqualTo(message.asAgentMessage().content().get(0).asText().text());
        assertThat(streamed.indexOf(message))
                .isGreaterThan(streamed.indexOf(streamed.stream()
                        .filter(BetaManagedAgentsStreamSessionEvents::isEventDelta)
                        .reduce((first, second) -> second)
                        .orElseThrow()));
    }

    @Test
    void aSessionsInitialUserMessageStartsItRunningAndItsEventsArePaged() {
        BetaManagedAgentsSession session = client.beta()
                .sessions()
                .create(SessionCreateParams.builder()
                        .environmentId(environment("env").id())
                        .agent(agent("agent").id())
                        .addUserMessageInitialEvent(List.of(BetaManagedAgentsUserMessageEventParams.Content.ofText(
                                BetaManagedAgentsTextBlock.builder()
                                        .text("Where is my order?")
                                        .build())))
                        .build());

        assertThat(session.status()).isEqualTo(BetaManagedAgentsSession.Status.RUNNING);
        List<BetaManagedAgentsSessionEvent> running =
                client.beta().sessions().events().list(session.id()).data();
        assertThat(running).hasSize(2);
        assertThat(running.get(0).isUserMessage()).isTrue();
        assertThat(running.get(1).isSessionStatusRunning()).isTrue();
        assertThat(client.beta().sessions().retrieve(session.id()).status())
                .as("the list read the running turn, which then finished")
                .isEqualTo(BetaManagedAgentsSession.Status.IDLE);
        assertThat(client
                        .beta()
                        .sessions()
                        .events()
                        .list(
                                session.id(),
                                com.anthropic.models.beta.sessions.events.EventListParams.builder()
                                        .limit(1)
                                        .build())
                        .autoPager()
                        .stream())
                .hasSize(4)
                .last()
                .satisfies(event -> assertThat(event.isSessionStatusIdle()).isTrue());
    }

    @Test
    void environmentsAreListedArchivedAndDeleted() {
        BetaEnvironment first = environment("first");
        BetaEnvironment second = environment("second");
        assertThat(first.id()).startsWith("env_011C");
        assertThat(first.config().isCloud()).isTrue();

        BetaEnvironment archived = client.beta().environments().archive(first.id());
        assertThat(archived.archivedAt()).isPresent();
        assertThat(client.beta().environments().list().autoPager().stream().map(BetaEnvironment::id))
                .containsExactly(second.id());
        assertThat(client
                        .beta()
                        .environments()
                        .list(EnvironmentListParams.builder()
                                .includeArchived(true)
                                .build())
                        .autoPager()
                        .stream()
                        .map(BetaEnvironment::id))
                .containsExactly(second.id(), first.id());

        assertThat(client.beta().environments().delete(second.id()).id()).isEqualTo(second.id());
        assertThatThrownBy(() -> client.beta().environments().retrieve(second.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAgentUpdateMakesANewVersionThatSessionsRun() {
        BetaManagedAgentsAgent agent = agent("versioned");
        assertThat(agent.version()).isEqualTo(1);

        BetaManagedAgentsAgent updated = client.beta()
                .agents()
                .update(
                        agent.id(),
                        AgentUpdateParams.builder()
                                .version(1)
                                .system("Answer like a pirate.")
                                .build());

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.system()).contains("Answer like a pirate.");
        assertThat(client.beta().agents().versions().list(agent.id()).autoPager().stream()
                        .map(BetaManagedAgentsAgent::version))
                .containsExactly(2, 1);
        BetaManagedAgentsSession session = client.beta()
                .sessions()
                .create(SessionCreateParams.builder()
                        .environmentId(environment("env").id())
                        .agent(agent.id())
                        .build());
        assertThat(session.agent().version()).isEqualTo(2);
        assertThat(session.agent().system()).contains("Answer like a pirate.");

        client.beta().agents().archive(agent.id());
        assertThat(client.beta().agents().list().autoPager().stream()).isEmpty();
        assertThat(client.beta().sessions().delete(session.id()).id()).isEqualTo(session.id());
        assertThatThrownBy(() -> client.beta()
                        .sessions()
                        .create(SessionCreateParams.builder()
                                .environmentId("env_011Cmissing")
                                .agent(agent.id())
                                .build()))
                .isInstanceOf(NotFoundException.class);
    }
}
