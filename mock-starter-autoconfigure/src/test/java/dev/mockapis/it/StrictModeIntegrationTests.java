package dev.mockapis.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioActivation;
import dev.mockapis.greeter.GreeterApplication;
import dev.mockapis.greeter.GreeterClient;
import dev.mockapis.weatherapp.WeatherApplication;
import dev.mockapis.weatherapp.WeatherClient;
import dev.mockapis.weatherapp.WeatherFake;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.client.HttpClientErrorException;

/** Runs test classes that break strict mode's rules in a nested launcher and checks how they end. */
@ExtendWith(OutputCaptureExtension.class)
class StrictModeIntegrationTests {

    private static final ProviderError BUSY = ProviderError.of(503, "busy", "Busy");

    @Test
    void aRequestNoRouteMatchesFailsTheTestWithTheClosestRoutes() {
        assertThat(failureOf(UnmatchedRequest.class)).isEqualTo("""
                greeter received 1 request that matched no route:
                  GET /v1/greetngs
                    closest routes: GET /v1/greetings -> greetings.list; POST /v1/greetings -> greetings.create; \
                GET /v1/greetings/{id} -> greetings.retrieve
                (strict mode: a request no route matches fails the test; allow it with @MockApis(strict = false) \
                or mockapis.strict=false)""");
    }

    @Test
    void yourOwnApisAreStrictToo() {
        assertThat(failureOf(UnmatchedRequestToYourOwnApi.class)).startsWith("""
                weather received 1 request that matched no route:
                  GET /v1/forcast/Lisbon
                    closest routes: GET /v1/forecast/{city} -> forecast.get
                (strict mode: """);
    }

    @Test
    void aTestAllowsUnmatchedRequestsWithStrictFalse() {
        assertThat(succeeded(UnmatchedRequestAllowed.class)).isEqualTo(1);
    }

    @Test
    void aContextAllowsThemWithTheStrictPropertyOff() {
        assertThat(succeeded(StrictPropertyOff.class)).isEqualTo(1);
    }

    @Test
    void theUnmatchedRequestsOfATestThatFailedOnItsOwnAreAddedToItsFailure() {
        Throwable failure = throwableOf(UnmatchedRequestInAFailingTest.class);

        assertThat(failure).hasMessage("the test's own failure");
        assertThat(failure.getSuppressed())
                .singleElement()
                .extracting(Throwable::getMessage)
                .asString()
                .startsWith("greeter received 1 request that matched no route:");
    }

    @Test
    void responsesATestScriptedAndLeftUnusedAreAWarningByDefault(CapturedOutput output) {
        assertThat(succeeded(OverMocked.class)).isEqualTo(1);
        assertThat(output).contains("WARN").contains("""
                OverMocked.scriptsMoreThanItUses: greeter has scripted responses no request used (over-mocking):
                  scenario 'two_refusals', greetings.create (when any request) step 2 of 3 was never used
                  scenario 'two_refusals', greetings.create (when any request) step 3 of 3 was never used
                (mockapis.strict-unused-responses=true makes this fail the test)""");
    }

    @Test
    void responsesATestScriptedAndLeftUnusedFailItWhenStrictUnusedResponsesIsOn() {
        assertThat(failureOf(OverMockedStrictly.class)).isEqualTo("""
                greeter has scripted responses no request used (over-mocking):
                  scenario 'two_refusals', greetings.create (when any request) step 2 of 3 was never used
                  scenario 'two_refusals', greetings.create (when any request) step 3 of 3 was never used
                (mockapis.strict-unused-responses=true: over-mocking fails the test)""");
    }

    @Test
    void aScenarioClosedBeforeTheTestEndedStillCounts() {
        assertThat(failureOf(OverMockedInAClosedActivation.class)).startsWith("""
                greeter has scripted responses no request used (over-mocking):
                  scenario 'two_refusals', greetings.create (when any request) step 2 of 3 was never used""");
    }

    @Test
    void builtInScenariosRulesForOperationsNeverCalledAndFailedTestsAreNotOverMocking(CapturedOutput output) {
        EngineExecutionResults results = launch(NotOverMocking.class);

        assertThat(results.testEvents().succeeded().count()).isEqualTo(2);
        assertThat(results.testEvents().failed().list())
                .singleElement()
                .extracting(event -> event.getRequiredPayload(TestExecutionResult.class)
                        .getThrowable()
                        .orElseThrow()
                        .getMessage())
                .isEqualTo("the test's own failure");
        assertThat(output).doesNotContain("over-mocking");
    }

    private static EngineExecutionResults launch(Class<?> testClass) {
        return FailingTestClasses.launch(testClass);
    }

    private static long succeeded(Class<?> testClass) {
        EngineExecutionResults results = launch(testClass);
        assertThat(results.testEvents().failed().count()).isZero();
        return results.testEvents().succeeded().count();
    }

    private static String failureOf(Class<?> testClass) {
        return throwableOf(testClass).getMessage();
    }

    private static Throwable throwableOf(Class<?> testClass) {
        List<Event> failures = launch(testClass).testEvents().failed().list();
        assertThat(failures).hasSize(1);
        return failures.get(0)
                .getRequiredPayload(TestExecutionResult.class)
                .getThrowable()
                .orElseThrow();
    }

    private static Scenario twoRefusals() {
        return Scenario.builder("two_refusals")
                .on("greetings.create", rule -> rule.proceed().fail(BUSY).fail(BUSY))
                .build();
    }

    @OnlyWhenLaunchedByATest
    @SpringBootTest(classes = GreeterApplication.class)
    @MockApis
    static class UnmatchedRequest {

        @Autowired
        GreeterClient greeter;

        @Test
        void callsAMisspelledPath() {
            greeter.get("/greetngs");
        }
    }

    @OnlyWhenLaunchedByATest
    @SpringBootTest(classes = {WeatherApplication.class, WeatherFake.class})
    @MockApis
    static class UnmatchedRequestToYourOwnApi {

        @Autowired
        WeatherClient weather;

        @Test
        void callsAMisspelledPathAndHandlesTheNotFound() {
            assertThatThrownBy(() -> weather.misspelledForecast("Lisbon"))
                    .isInstanceOf(HttpClientErrorException.NotFound.class);
        }
    }

    @OnlyWhenLaunchedByATest
    @SpringBootTest(classes = GreeterApplication.class)
    @MockApis
    static class UnmatchedRequestAllowed {

        @Autowired
        GreeterClient greeter;

        @Test
        @MockApis(strict = false)
        void callsAMisspelledPathOnPurpose() {
            assertThat(greeter.get("/greetngs").statusCode()).isEqualTo(404);
        }
    }

    @OnlyWhenLaunchedByATest
    @SpringBootTest(classes = GreeterApplication.class, properties = "mockapis.strict=false")
    @MockApis
    static class StrictPropertyOff {

        @Autowired
        GreeterClient greeter;

        @Test
        void callsAMisspelledPath() {
            greeter.get("/greetngs");
        }
    }

    @OnlyWhenLaunchedByATest
    @SpringBootTest(classes = GreeterApplication.class)
    @MockApis
    static class UnmatchedRequestInAFailingTest {

        @Autowired
        GreeterClient greeter;

        @Test
        void callsAMisspelledPathAndFails() {
            greeter.get("/greetngs");
            throw new AssertionError("the test's own failure");
        }
    }

    @OnlyWhenLaunchedByATest
    @SpringBootTest(classes = GreeterApplication.class)
    @MockApis
    static class OverMocked {

        @Autowired
        GreeterClient greeter;

        @Autowired
        MockApiServers servers;

        @Test
        void scriptsMoreThanItUses() {
            servers.activate("greeter", twoRefusals());

            assertThat(greeter.greet("Ana").statusCode()).isEqualTo(201);
        }
    }

    @OnlyWhenLaunchedByATest
    @SpringBootTest(classes = GreeterApplication.class, properties = "mockapis.strict-unused-responses=true")
    @MockApis
    static class OverMockedStrictly {

        @Autowired
        GreeterClient greeter;

        @Autowired
        MockApiServers servers;

        @Test
        void scriptsMoreThanItUses() {
            servers.activate("greeter", twoRefusals());

            assertThat(greeter.greet("Ana").statusCode()).isEqualTo(201);
        }
    }

    @OnlyWhenLaunchedByATest
    @SpringBootTest(classes = GreeterApplication.class, properties = "mockapis.strict-unused-responses=true")
    @MockApis
    static class OverMockedInAClosedActivation {

        @Autowired
        GreeterClient greeter;

        @Autowired
        MockApiServers servers;

        @Test
        void scriptsMoreThanItUses() {
            try (ScenarioActivation refusals = servers.activate("greeter", twoRefusals())) {
                greeter.greet("Ana");
            }
        }
    }

    @OnlyWhenLaunchedByATest
    @SpringBootTest(classes = GreeterApplication.class, properties = "mockapis.strict-unused-responses=true")
    @MockApis
    static class NotOverMocking {

        @Autowired
        GreeterClient greeter;

        @Autowired
        MockApiServers servers;

        @Test
        @MockApis(scenarios = "greeter=flaky")
        void usesOneStepOfABuiltInScenario() {
            assertThat(greeter.greet("Ana").statusCode()).isEqualTo(503);
        }

        @Test
        void scriptsAnOperationItNeverCalls() {
            servers.activate(
                    "greeter",
                    Scenario.builder("lists_fail")
                            .on("greetings.list", rule -> rule.fail(BUSY).fail(BUSY))
                            .build());

            assertThat(greeter.greet("Ana").statusCode()).isEqualTo(201);
        }

        @Test
        void failsBeforeUsingWhatItScripted() {
            servers.activate("greeter", twoRefusals());

            throw new AssertionError("the test's own failure");
        }
    }
}
