package dev.mockapis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.core.Interaction;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * External APIs: the business's order service, faked with MockApis' {@code CustomApi}. Its timeouts
 * become 504, its failures 502 after retries, and dropped connections are retried with backoff.
 */
@AssistantTest
class ExternalApiTests {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    MockInteractionVerifier verifier;

    @Test
    void anOrderIsFetchedFromTheOrderService() throws Exception {
        mockMvc.perform(get("/api/orders/1001").header("Authorization", StaffToken.BEARER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SHIPPED"))
                .andExpect(jsonPath("$.estimatedDelivery").value("2026-11-24"));

        assertThat(verifier.assertThat("order-service")
                        .called("orders.get")
                        .single()
                        .path())
                .isEqualTo("/orders/1001");
    }

    @Test
    void anOrderTheServiceDoesNotKnowIsNotFound() throws Exception {
        mockMvc.perform(get("/api/orders/9999").header("Authorization", StaffToken.BEARER))
                .andExpect(status().isNotFound());

        verifier.assertThat("order-service").called("orders.get").once();
    }

    @Test
    @MockApis(scenarios = "order-service=orders_timeout")
    void anOrderServiceThatDoesNotAnswerInTimeIsAGatewayTimeoutAndIsNotRetried() throws Exception {
        mockMvc.perform(get("/api/orders/1001").header("Authorization", StaffToken.BEARER))
                .andExpect(status().isGatewayTimeout())
                .andExpect(jsonPath("$.detail").value("The order service timed out"));

        verifier.assertThat("order-service").called("orders.get").once();
    }

    @Test
    @MockApis(scenarios = "order-service=orders_down")
    void anOrderServiceThatKeepsFailingIsABadGatewayAfterThreeAttempts() throws Exception {
        mockMvc.perform(get("/api/orders/1001").header("Authorization", StaffToken.BEARER))
                .andExpect(status().isBadGateway())
                .andExpect(jsonPath("$.detail").value("The order service failed with 503"));

        verifier.assertThat("order-service").called("orders.get").times(3);
    }

    @Test
    @MockApis(scenarios = "order-service=orders_flaky")
    void droppedConnectionsAreRetriedUntilTheOrderServiceAnswers() throws Exception {
        mockMvc.perform(get("/api/orders/1002").header("Authorization", StaffToken.BEARER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PROCESSING"));

        verifier.assertThat("order-service").called("orders.get").times(3);
        verifier.assertAllScriptedResponsesUsed();
    }

    @Test
    @MockApis(scenarios = "order-service=orders_recovering")
    void serverErrorsAreRetriedWithExponentialBackoff() throws Exception {
        mockMvc.perform(get("/api/orders/1003").header("Authorization", StaffToken.BEARER))
                .andExpect(status().isOk());

        List<Interaction> calls = verifier.assertThat("order-service")
                .called("orders.get")
                .times(3)
                .calls();
        assertThat(calls).extracting(Interaction::status).containsExactly(500, 500, 200);
        // the test profile waits 20 ms, then 40 ms
        assertThat(Duration.between(calls.get(0).time(), calls.get(1).time()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(20));
        assertThat(Duration.between(calls.get(1).time(), calls.get(2).time()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(40));
    }
}
