package dev.mockapis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScenarioTests {

    private static final ProviderError BUSY = ProviderError.of(503, "busy", "Busy");
    private static final ProviderError LIMITED = ProviderError.of(429, "limited", "Slow down");

    @Test
    void inOrderSequencesRepeatTheirLastStep() {
        Rule rule = Rule.on("notes.create").fail(BUSY).fail(LIMITED).proceed().build();

        assertThat(IntStream.range(0, 5).mapToObj(rule::stepFor).map(Step::response))
                .containsExactly(
                        new ScriptedResponse.Fail(BUSY),
                        new ScriptedResponse.Fail(LIMITED),
                        new ScriptedResponse.Proceed(null),
                        new ScriptedResponse.Proceed(null),
                        new ScriptedResponse.Proceed(null));
    }

    @Test
    void cyclingSequencesStartAgainAfterTheirLastStep() {
        Rule rule = Rule.on("notes.create").fail(BUSY).proceed().cycling().build();

        assertThat(IntStream.range(0, 4).mapToObj(rule::stepFor).map(Step::response))
                .containsExactly(
                        new ScriptedResponse.Fail(BUSY),
                        new ScriptedResponse.Proceed(null),
                        new ScriptedResponse.Fail(BUSY),
                        new ScriptedResponse.Proceed(null));
    }

    @Test
    void theFirstRuleWhoseMatcherAcceptsTheCallAnswersIt() {
        Scenario scenario = Scenario.builder("by_recipient")
                .on(
                        "notes.create",
                        rule -> rule.when(RequestMatcher.jsonPointer("/text", "vip"))
                                .proceedWith(new NotesFake.Replacement("VIP")))
                .on("notes.create", rule -> rule.fail(BUSY))
                .build();
        ScriptProgress progress = new ScriptProgress(scenario);

        assertThat(progress.next(call("notes.create", "{\"text\":\"vip\"}"))
                        .orElseThrow()
                        .response())
                .isEqualTo(new ScriptedResponse.Proceed(new NotesFake.Replacement("VIP")));
        assertThat(progress.next(call("notes.create", "{\"text\":\"anyone\"}"))
                        .orElseThrow()
                        .response())
                .isEqualTo(new ScriptedResponse.Fail(BUSY));
    }

    @Test
    void operationsTheScenarioDoesNotScriptFallThrough() {
        Scenario scenario = Scenario.builder("only_create")
                .on("notes.create", rule -> rule.fail(BUSY))
                .build();

        assertThat(new ScriptProgress(scenario).next(call("notes.retrieve", "")))
                .isEmpty();
    }

    @Test
    void eachRuleCountsOnlyTheCallsItAnswered() {
        Scenario scenario = Scenario.builder("two_rules")
                .on(
                        "notes.create",
                        rule -> rule.when(RequestMatcher.bodyContains("a"))
                                .fail(BUSY)
                                .proceed())
                .on("notes.create", rule -> rule.fail(LIMITED).proceed())
                .build();
        ScriptProgress progress = new ScriptProgress(scenario);

        progress.next(call("notes.create", "{\"text\":\"b\"}"));

        assertThat(progress.next(call("notes.create", "{\"text\":\"a\"}"))
                        .orElseThrow()
                        .response())
                .isEqualTo(new ScriptedResponse.Fail(BUSY));
    }

    @Test
    void stepsNoCallReachedAreReportedAsUnused() {
        Scenario scenario = Scenario.builder("overmocked")
                .on("notes.create", rule -> rule.fail(BUSY).fail(LIMITED).proceed())
                .build();
        ScriptProgress progress = new ScriptProgress(scenario);

        progress.next(call("notes.create", "{}"));

        assertThat(progress.unusedSteps())
                .extracting(UnusedStep::toString)
                .containsExactly(
                        "scenario 'overmocked', notes.create (when any request) step 2 of 3 was never used",
                        "scenario 'overmocked', notes.create (when any request) step 3 of 3 was never used");
    }

    @Test
    void matchersDescribeThemselves() {
        RequestMatcher matcher =
                RequestMatcher.formParam("To", "+15005550001").and(RequestMatcher.header("X-Tenant", "a"));

        assertThat(matcher.description()).isEqualTo("form param To = +15005550001 and header X-Tenant = a");
    }

    @Test
    void formAndPathMatchersReadTheCall() {
        FakeRequest form = new FakeRequest(
                "POST",
                "/x",
                HttpHeaders.of("Content-Type", "application/x-www-form-urlencoded"),
                "To=whatsapp%3A%2B1555&MediaUrl=a&MediaUrl=b".getBytes());
        ApiCall call = new ApiCall("messages.create", Map.of("AccountSid", "AC1"), form);

        assertThat(RequestMatcher.formParam("MediaUrl", "b").matches(call)).isTrue();
        assertThat(RequestMatcher.formParamMatching("To", "whatsapp:\\+1.*").matches(call))
                .isTrue();
        assertThat(RequestMatcher.pathVariable("AccountSid", "AC2").matches(call))
                .isFalse();
    }

    @Test
    void scenarioNamesAreSnakeCase() {
        assertThatThrownBy(() -> Scenario.unscripted("Tool Usage", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A scenario name is lower_snake_case, was 'Tool Usage'");
    }

    @Test
    void aCatalogNamesItsScenariosWhenAskedForAnUnknownOne() {
        ScenarioCatalog catalog =
                ScenarioCatalog.of("notes", List.of(Scenario.unscripted("happy", ""), Scenario.unscripted("sad", "")));

        assertThatThrownBy(() -> catalog.require("hapy"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No scenario 'hapy' for notes; known: happy, sad");
    }

    @Test
    void aCatalogTellsItsOwnScenariosFromThoseRegisteredOverOrBesideThem() {
        ScenarioCatalog catalog = ScenarioCatalog.of(
                        "notes", List.of(Scenario.unscripted("happy", ""), Scenario.unscripted("sad", "")))
                .with(List.of(Scenario.unscripted("sad", "mine"), Scenario.unscripted("odd", "mine too")));

        assertThat(catalog.builtIn()).extracting(Scenario::name).containsExactly("happy");
        assertThat(catalog.names()).containsExactly("happy", "sad", "odd");
    }

    private static ApiCall call(String operationId, String json) {
        FakeRequest request = new FakeRequest(
                "POST", "/v1/notes", HttpHeaders.of("Content-Type", "application/json"), json.getBytes());
        return new ApiCall(operationId, Map.of(), request);
    }
}
