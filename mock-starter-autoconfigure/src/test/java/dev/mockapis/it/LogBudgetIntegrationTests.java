package dev.mockapis.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.greeter.GreeterApplication;
import dev.mockapis.greeter.GreeterClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = GreeterApplication.class, properties = "mockapis.log.max-bytes=256KB")
@MockApis
class LogBudgetIntegrationTests {

    private static final int CALLS = 120;

    @Autowired
    GreeterClient greeter;

    @Autowired
    MockInteractionVerifier verifier;

    @Autowired
    MockApiServers servers;

    @Test
    void callCountsStayExactAfterTheLogDroppedEntriesAndFailuresSayWhatWasDropped() {
        String longName = "n".repeat(8 * 1024);
        for (int i = 0; i < CALLS; i++) {
            greeter.greet(longName + i);
        }
        long dropped = servers.server("greeter").interactions().droppedCount();
        assertThat(dropped).isPositive();
        assertThat(servers.server("greeter").interactions().retainedBytes()).isLessThanOrEqualTo(256 * 1024);

        verifier.assertThat("greeter").called("greetings.create").times(CALLS);
        verifier.expectCalls("greeter", "greetings.create");

        assertThatThrownBy(() -> verifier.assertThat("greeter")
                        .called("greetings.create")
                        .times(CALLS + 1))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith(
                        "Expected greeter to receive greetings.create " + (CALLS + 1) + " times, but it received it "
                                + CALLS + " times (the newest " + (CALLS - dropped) + " shown):")
                .hasMessageEndingWith("Note: the log dropped its " + dropped
                        + " oldest interactions to stay within its limits (262144 bytes,"
                        + " 100000 entries), so only the " + (CALLS - dropped)
                        + " newest can be inspected; call counts still include"
                        + " the dropped ones. Raise mockapis.log.max-bytes to keep more.");
        assertThatThrownBy(() -> verifier.assertThat("greeter").neverCalled("greetings.create"))
                .hasMessageStartingWith(
                        "Expected greeter never to receive greetings.create, but it received it " + CALLS + " times")
                .hasMessageContaining("Raise mockapis.log.max-bytes to keep more.");
    }
}
