package dev.mockapis.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.core.CustomApi;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.Scenario;
import dev.mockapis.twilio.TwilioFake;
import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class MockApisExtensionTests {

    private static final List<Integer> PORTS = new CopyOnWriteArrayList<>();

    @Test
    void startsEachFakeOncePerClassAndStopsItWhenTheClassIsDone() {
        PORTS.clear();
        run(TwoTestsRecordingThePort.class)
                .assertStatistics(stats -> stats.started(2).succeeded(2));

        assertThat(PORTS).hasSize(2);
        assertThat(PORTS.get(0)).isEqualTo(PORTS.get(1));
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), PORTS.get(0)).close())
                .isInstanceOf(IOException.class);
    }

    @Test
    void appliesTheClassScenarioAndLetsAMethodScenarioWinAsAWhole() {
        run(ClassAndMethodScenarios.class)
                .assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void aStreamTimingOnTheAnnotationPacesTheSelectedScenariosOfThatTestOnly() {
        run(PacedStreams.class).assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void resetsStateLogAndScenarioAfterEachTest() {
        run(StateAcrossTests.class).assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void failsATestWhoseScenarioIsUnknownNamingTheKnownOnes() {
        run(UnknownScenario.class)
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("chat"),
                                finishedWithFailure(
                                        instanceOf(IllegalArgumentException.class),
                                        message(text -> text.startsWith(
                                                        "@MockApis on UnknownScenario: No scenario 'no_such_scenario' for openai; known: ")
                                                && text.contains("successful_conversation, tool_usage")
                                                && text.contains("fixed_reply")))));
    }

    @Test
    void failsATestThatSelectsAScenarioForAnUnknownApiNamingTheKnownOnes() {
        run(UnknownApiScenario.class)
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("chat"),
                                finishedWithFailure(message(text -> text.contains(
                                        "selects scenario 'storm' for weather, but there is no api named 'weather'; "
                                                + "known: openai, twilio, anthropic, gemini, deepseek")))));
    }

    @Test
    void failsAParameterOfAnUnknownApiNamingTheKnownOnes() {
        run(UnknownApiParameter.class)
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("url"),
                                finishedWithFailure(
                                        instanceOf(ParameterResolutionException.class),
                                        message(
                                                text -> text.contains(
                                                        "No api named 'weather'; known: openai, twilio, anthropic, gemini, deepseek")))));
    }

    @Test
    void injectsBaseUrlsFakesServersAndTheVerifier() {
        run(Injection.class).assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void readsScenarioFilesFromTheTestClasspath() {
        run(ScenarioFromFile.class).assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void failsATestThatSentARequestNoRouteMatchesUnlessStrictModeIsOff() {
        Events tests = run(Strictness.class);

        tests.assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("strict"),
                                finishedWithFailure(
                                        instanceOf(AssertionError.class),
                                        message(text -> text.contains("/v1/no/such/route")))));
        tests.assertThatEvents().haveExactly(1, event(test("lenient"), finishedSuccessfully()));
    }

    @Test
    void selectsScenariosThroughComposedAnnotations() {
        run(ComposedAnnotation.class).assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void sharesTheEnclosingClassFakesWithNestedClasses() {
        PORTS.clear();
        run(OuterWithNested.class).assertStatistics(stats -> stats.started(2).succeeded(2));

        assertThat(PORTS).hasSize(2).containsOnly(PORTS.get(0));
    }

    @Test
    void registeredProgrammaticallyTakesCredentialsScenariosAndApisOfItsOwn() {
        run(Programmatic.class).assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void refusesToBeRegisteredTwiceOnOneClass() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(RegisteredTwice.class))
                .execute()
                .allEvents()
                .assertThatEvents()
                .haveAtLeastOne(event(finishedWithFailure(
                        instanceOf(ExtensionConfigurationException.class),
                        message(text -> text.contains("registers MockApisExtension twice")))));
    }

    @Test
    void runsWithoutTheOptionalSdksOnTheClasspath() {
        assertThatThrownBy(() -> Class.forName("com.openai.client.OpenAIClient"))
                .isInstanceOf(ClassNotFoundException.class);
        run(Injection.class).assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void rejectsScenariosForApisItDoesNotHave() {
        assertThatThrownBy(() -> MockApisExtension.builder()
                        .scenario("weather", Scenario.unscripted("storm", ""))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'weather'");
        assertThatThrownBy(() -> MockApisExtension.builder().api("openai", "", () -> null))
                .hasMessage("There is already an api named 'openai'");
    }

    private static Events run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(fixture))
                .execute()
                .testEvents();
    }

    @MockApisTest
    static class TwoTestsRecordingThePort {

        @Test
        void first(@Fake("openai") FakeServer openai) {
            PORTS.add(openai.port());
        }

        @Test
        void second(@Fake("openai") FakeServer openai) {
            PORTS.add(openai.port());
        }
    }

    @MockApisTest
    @MockApis(openai = "rate_limited")
    static class ClassAndMethodScenarios {

        @Test
        void classScenario(@BaseUrl("openai") String openai) {
            assertThat(Http.chat(openai, "Hi").statusCode()).isEqualTo(429);
        }

        @Test
        @MockApis(twilio = "unauthorized")
        void methodScenarioLeavesOpenAiOnItsDefault(
                @BaseUrl("openai") String openai, @Fake("twilio") FakeServer twilio) {
            assertThat(Http.chat(openai, "Hi").statusCode()).isEqualTo(200);
            assertThat(twilio.activeScenario().name()).isEqualTo("unauthorized");
        }

        @Test
        @MockApis(openai = "server_error")
        void methodScenario(@BaseUrl("openai") String openai) {
            assertThat(Http.chat(openai, "Hi").statusCode()).isEqualTo(500);
        }
    }

    @MockApisTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PacedStreams {

        @Test
        @Order(1)
        @MockApis(
                openai = "tool_usage",
                streamTiming = @MockApis.StreamTiming(timeToFirstToken = "300ms", tokensPerSecond = 20, seed = 3))
        void paced(@Fake("openai") FakeServer openai) {
            assertThat(openai.activeScenario().name()).isEqualTo("tool_usage");
            assertThat(openai.activeScenario().streamTiming())
                    .isEqualTo(dev.mockapis.core.StreamTiming.of(java.time.Duration.ofMillis(300), 20)
                            .withSeed(3));
        }

        @Test
        @Order(2)
        void notPaced(@Fake("openai") FakeServer openai) {
            assertThat(openai.activeScenario().streamTiming().isNone()).isTrue();
        }
    }

    @MockApisTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class StateAcrossTests {

        @Test
        @Order(1)
        void createsAMessage(
                @BaseUrl("twilio") String twilio, @Fake("twilio") TwilioFake fake, MockApiServers servers) {
            var created = Http.createTwilioMessage(
                    twilio,
                    fake.accountSid(),
                    Credentials.DEFAULTS.twilioAuthToken(),
                    "To=%2B15551234567&From=%2B15005550006&Body=Hi&StatusCallback=http%3A%2F%2Flocalhost%2Fstatus");
            assertThat(created.statusCode()).isEqualTo(201);
            fake.deliverAll();
            assertThat(fake.pendingStatusCallbacks()).isNotEmpty();
            servers.activate("twilio", "rate_limited");
        }

        @Test
        @Order(2)
        void findsFreshFakes(
                @Fake("twilio") TwilioFake fake, @Fake("twilio") FakeServer server, MockInteractionVerifier verifier) {
            assertThat(verifier.operations("twilio")).isEmpty();
            assertThat(fake.pendingStatusCallbacks()).isEmpty();
            assertThat(server.activeScenario().name()).isEqualTo("successful_messaging");
        }
    }

    @MockApisTest
    @MockApis(openai = "no_such_scenario")
    static class UnknownScenario {

        @Test
        void chat() {}
    }

    @MockApisTest
    @MockApis(scenarios = "weather=storm")
    static class UnknownApiScenario {

        @Test
        void chat() {}
    }

    @MockApisTest
    static class UnknownApiParameter {

        @Test
        void url(@BaseUrl("weather") String weather) {}
    }

    @MockApisTest
    static class Injection {

        @Test
        void everything(
                @BaseUrl("openai") String openai,
                @BaseUrl("openai") URI openAiUri,
                @BaseUrl("twilio") String twilio,
                @Fake("openai") FakeServer server,
                @Fake("twilio") TwilioFake twilioFake,
                MockApiServers servers,
                MockInteractionVerifier verifier,
                TwilioWebhooks webhooks) {
            assertThat(openai)
                    .isEqualTo(server.baseUrl() + "/v1")
                    .isEqualTo(openAiUri.toString())
                    .isEqualTo(servers.baseUrl("openai"));
            assertThat(twilio).isEqualTo(servers.server("twilio").baseUrl());
            assertThat(twilioFake.accountSid())
                    .isEqualTo(webhooks.accountSid())
                    .isEqualTo(Credentials.DEFAULTS.twilioAccountSid());
            assertThat(servers.apis()).containsExactly("openai", "twilio", "anthropic", "gemini", "deepseek");

            assertThat(Http.chat(openai, "Hi").statusCode()).isEqualTo(200);

            verifier.expectCalls("openai", "chat.completions.create");
            assertThat(verifier.operations("openai")).containsExactly("chat.completions.create");
            assertThat(servers.running())
                    .extracting(running -> running.api().name())
                    .containsExactly("openai", "twilio");
        }
    }

    @MockApisTest
    @MockApis(openai = "fixed_reply")
    static class ScenarioFromFile {

        @Test
        void answersFromTheFile(@BaseUrl("openai") String openai) {
            assertThat(Http.chat(openai, "Hi").body()).contains("Answer from a scenario file");
        }
    }

    @MockApisTest
    static class Strictness {

        @Test
        void strict(@BaseUrl("openai") String openai) {
            assertThat(Http.get(openai + "/no/such/route").statusCode()).isEqualTo(404);
        }

        @Test
        @MockApis(strict = false)
        void lenient(@BaseUrl("openai") String openai) {
            assertThat(Http.get(openai + "/no/such/route").statusCode()).isEqualTo(404);
        }
    }

    @Retention(RetentionPolicy.RUNTIME)
    @MockApis(openai = "server_error")
    @interface OpenAiOutage {}

    @MockApisTest
    static class ComposedAnnotation {

        @Test
        @OpenAiOutage
        void outage(@BaseUrl("openai") String openai) {
            assertThat(Http.chat(openai, "Hi").statusCode()).isEqualTo(500);
        }
    }

    @MockApisTest
    @MockApis(openai = "rate_limited")
    static class OuterWithNested {

        @Test
        void outer(@Fake("openai") FakeServer openai) {
            PORTS.add(openai.port());
        }

        @Nested
        class Inner {

            @Test
            void inner(@Fake("openai") FakeServer openai) {
                PORTS.add(openai.port());
                assertThat(openai.activeScenario().name()).isEqualTo("rate_limited");
            }
        }
    }

    static class Programmatic {

        static final String ACCOUNT_SID = "AC00000000000000000000000000000001";

        @RegisterExtension
        static final MockApisExtension MOCK_APIS = MockApisExtension.builder()
                .twilioCredentials(ACCOUNT_SID, "another-token")
                .scenario(
                        "openai",
                        Scenario.builder("teapot")
                                .on(
                                        "chat.completions.create",
                                        rule -> rule.fail(ProviderError.of(418, "teapot", "I am a teapot")))
                                .build())
                .api(
                        "weather",
                        "/v1",
                        () -> CustomApi.named("weather")
                                .route(
                                        "GET",
                                        "/v1/forecast/{city}",
                                        "forecast.get",
                                        call -> FakeResponse.json(
                                                200,
                                                "{\"city\":\""
                                                        + call.pathVariable("city")
                                                                .orElseThrow() + "\"}"))
                                .scenario(Scenario.builder("storm")
                                        .on("forecast.get", rule -> rule.fail(ProviderError.of(503, "down", "Down")))
                                        .build())
                                .build())
                .build();

        @Test
        void usesTheConfiguredTwilioAccount(@Fake("twilio") TwilioFake twilio, TwilioWebhooks webhooks) {
            assertThat(twilio.accountSid()).isEqualTo(ACCOUNT_SID);
            assertThat(webhooks.accountSid()).isEqualTo(ACCOUNT_SID);
        }

        @Test
        @MockApis(openai = "teapot")
        void selectsARegisteredScenario() {
            assertThat(Http.chat(MOCK_APIS.baseUrl("openai"), "Hi").statusCode())
                    .isEqualTo(418);
        }

        @Test
        @MockApis(scenarios = "weather=storm")
        void servesAnApiOfItsOwn(@BaseUrl("weather") String weather) {
            assertThat(Http.get(weather + "/forecast/Lisbon").statusCode()).isEqualTo(503);
            MOCK_APIS.verifier().expectCalls("weather", "forecast.get");
        }
    }

    @ExtendWith(MockApisExtension.class)
    static class RegisteredTwice {

        @RegisterExtension
        static final MockApisExtension MOCK_APIS = MockApisExtension.builder().build();

        @Test
        void test() {}
    }
}
