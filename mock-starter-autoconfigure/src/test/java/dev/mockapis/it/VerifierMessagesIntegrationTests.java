package dev.mockapis.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.greeter.GreeterApplication;
import dev.mockapis.greeter.GreeterClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = GreeterApplication.class)
@MockApis
class VerifierMessagesIntegrationTests {

    @Autowired
    GreeterClient greeter;

    @Autowired
    MockInteractionVerifier verifier;

    @Test
    void passingAssertionsReadAsTheRequestsWereMade() {
        greeter.greet("Ana");
        greeter.list();

        verifier.expectCalls("greeter", "greetings.list", "greetings.create");
        verifier.assertThat("greeter")
                .calledInOrder("greetings.create", "greetings.list")
                .neverCalled("greetings.retrieve")
                .called("greetings.create")
                .once()
                .withJsonPath("name", "Ana")
                .withJsonPath("/name", "Ana")
                .withHeader("Authorization", "Bearer <redacted>")
                .withBodyContaining("Ana");
        verifier.assertNoUnmatchedRequests();
        verifier.assertAllScriptedResponsesUsed();
        assertThat(verifier.operations("greeter")).containsExactly("greetings.create", "greetings.list");
    }

    @Test
    @MockApis(strict = false)
    void expectCallsNamesWhatIsMissingWhatWasCalledAndTheClosestUnmatchedRequest() {
        greeter.greet("Ana");
        greeter.get("/greeting/gr_1");

        assertThatThrownBy(() -> verifier.expectCalls("greeter", "greetings.create", "greetings.retrieve"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        greeter did not receive the expected calls.
                          expected: [greetings.create, greetings.retrieve]
                          missing:  [greetings.retrieve]
                          received: [greetings.create, (unmatched)]
                          closest unmatched request: GET /v1/greeting/gr_1
                            closest routes: GET /v1/greetings/{id} -> greetings.retrieve; GET /v1/greetings -> greetings.list; \
                        POST /v1/greetings -> greetings.create""");
    }

    @Test
    void calledFailsWithWhatWasReceivedInstead() {
        greeter.list();

        assertThatThrownBy(() -> verifier.assertThat("greeter").called("greetings.create"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Expected greeter to receive greetings.create, but it never did.
                          greeter received: [greetings.list]""");
    }

    @Test
    void timesFailsListingEveryCall() {
        greeter.greet("Ana");
        greeter.greet("Bo");

        assertThatThrownBy(() -> verifier.assertThat("greeter")
                        .called("greetings.create")
                        .once())
                .isInstanceOf(AssertionError.class)
                // sequence numbers count from the server's start, so they depend on the tests run before
                .message()
                .matches("""
                        Expected greeter to receive greetings.create 1 time, but it received it 2 times:
                          #\\d+ greeter greetings.create POST /v1/greetings -> 201
                          #\\d+ greeter greetings.create POST /v1/greetings -> 201""");
    }

    @Test
    void bodyAssertionsShowTheValuesTheCallsHad() {
        greeter.greet("Ana");
        greeter.greet("Cy");

        assertThatThrownBy(() -> verifier.assertThat("greeter")
                        .called("greetings.create")
                        .withJsonPath("name", "Bo"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Expected greeter to receive greetings.create with JSON name = Bo, but none of its 2 calls had it.
                          JSON name was: Ana, Cy""");
    }

    @Test
    void narrowedCountsNameEveryCondition() {
        greeter.greet("Ana");
        greeter.greet("Ana");

        assertThatThrownBy(() -> verifier.assertThat("greeter")
                        .called("greetings.create")
                        .withJsonPath("name", "Ana")
                        .once())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith(
                        "Expected greeter to receive greetings.create with JSON name = Ana 1 time, but it received it 2 times:");
    }

    @Test
    void headersAreRecordedWithSecretsRedacted() {
        greeter.greet("Ana");

        assertThatThrownBy(() -> verifier.assertThat("greeter")
                        .called("greetings.create")
                        .withHeader("Authorization", "Bearer greeter-secret"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Expected greeter to receive greetings.create with header Authorization = Bearer greeter-secret, but none of its 1 call had it.
                          header Authorization was: [Bearer <redacted>]""");
    }

    @Test
    void orderFailuresShowTheActualOrder() {
        greeter.list();
        greeter.greet("Ana");

        assertThatThrownBy(() -> verifier.assertThat("greeter").calledInOrder("greetings.create", "greetings.list"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Expected greeter to receive [greetings.create, greetings.list] in that order, but it received [greetings.list, greetings.create].
                          first out of order: greetings.list""");
    }

    @Test
    @MockApis(strict = false)
    void unmatchedRequestsAreReportedWithTheClosestRoutes() {
        greeter.get("/greetngs");

        assertThatThrownBy(verifier::assertNoUnmatchedRequests)
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        greeter received 1 request that matched no route:
                          GET /v1/greetngs
                            closest routes: GET /v1/greetings -> greetings.list; POST /v1/greetings -> greetings.create; \
                        GET /v1/greetings/{id} -> greetings.retrieve""");
    }

    @Test
    @MockApis(scenarios = "greeter=flaky")
    void scriptedResponsesNoRequestReachedAreReportedAsOverMocking() {
        greeter.greet("Ana");

        assertThatThrownBy(verifier::assertAllScriptedResponsesUsed)
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        greeter has scripted responses no request used (over-mocking):
                          scenario 'flaky', greetings.create (when any request) step 2 of 3 was never used
                          scenario 'flaky', greetings.create (when any request) step 3 of 3 was never used""");
    }
}
