package dev.mockapis.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapis.MockApis;
import dev.mockapis.greeter.GreeterApplication;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.Event;
import org.springframework.boot.test.context.SpringBootTest;

/** Runs deliberately misconfigured test classes and checks how they fail. */
class ScenarioSelectionFailureIntegrationTests {

    @Test
    void anUnknownScenarioFailsTheTestAtItsStartListingTheKnownNames() {
        assertThat(failureOf(UnknownScenario.class))
                .isEqualTo(
                        "@MockApis on UnknownScenario: No scenario 'grumpi' for greeter; known: friendly, grumpy, flaky, tired");
    }

    @Test
    void aScenarioForAnApiThatDoesNotRunFailsTheTestAtItsStart() {
        assertThat(failureOf(ScenarioForMissingApi.class))
                .startsWith(
                        "@MockApis on ScenarioForMissingApi selects scenario 'api_errors' for gemini, but no gemini fake runs in this context; running: ");
    }

    @Test
    void aMalformedScenariosEntryFailsTheTestAtItsStart() {
        assertThat(failureOf(MalformedEntry.class))
                .isEqualTo("@MockApis on MalformedEntry has scenarios entry 'greeter'; write it as api=scenario");
    }

    @Test
    void aMethodAnnotationWithoutFakesInTheContextFailsTheTestAtItsStart() {
        assertThat(failureOf(MethodAnnotationOnly.class))
                .isEqualTo(
                        "@MockApis on MethodAnnotationOnly.selectsAScenario() selects scenarios, but no fake runs in this context: "
                                + "annotate the test class with @MockApis, which switches the fakes on for its context");
    }

    private static String failureOf(Class<?> testClass) {
        List<Event> failures =
                FailingTestClasses.launch(testClass).testEvents().failed().list();
        assertThat(failures).hasSize(1);
        TestExecutionResult result = failures.get(0).getRequiredPayload(TestExecutionResult.class);
        return result.getThrowable().orElseThrow().getMessage();
    }

    @OnlyWhenLaunchedByATest
    @SpringBootTest(classes = GreeterApplication.class)
    @MockApis(scenarios = "greeter=grumpi")
    static class UnknownScenario {

        @Test
        void greets() {}
    }

    @OnlyWhenLaunchedByATest
    @SpringBootTest(classes = GreeterApplication.class, properties = "mockapis.gemini.enabled=false")
    @MockApis(gemini = "api_errors")
    static class ScenarioForMissingApi {

        @Test
        void generates() {}
    }

    @OnlyWhenLaunchedByATest
    @SpringBootTest(classes = GreeterApplication.class)
    @MockApis(scenarios = "greeter")
    static class MalformedEntry {

        @Test
        void greets() {}
    }

    @OnlyWhenLaunchedByATest
    @SpringBootTest(classes = GreeterApplication.class)
    static class MethodAnnotationOnly {

        @Test
        @MockApis(scenarios = "greeter=grumpy")
        void selectsAScenario() {}
    }
}
