package dev.mockapis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.mockapis.sample.state.SharedState;
import dev.mockapis.sample.state.SharedStateStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Shared state between agents: what one agent writes the others read, versions move on with every
 * write, and a write based on a stale version is a 409 Conflict, never a lost update.
 */
@AssistantTest
class SharedStateTests {

    private static final String CUSTOMER = "whatsapp:+15551234567";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    SharedStateStore store;

    @Test
    void whatOneAgentWritesAnotherReads() throws Exception {
        write("orders", "preferred_delivery", "after 17:00", 0)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));

        mockMvc.perform(get("/api/customers/{customer}/state/{key}", CUSTOMER, "preferred_delivery")
                        .header("Authorization", StaffToken.BEARER))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.value").value("after 17:00"))
                .andExpect(jsonPath("$.updatedBy").value("orders"));
    }

    @Test
    void everyWriteMovesTheVersionOnAndRecordsItsAuthor() throws Exception {
        write("orders", "vip", "no", 0);
        write("bookings", "vip", "yes", 1).andExpect(jsonPath("$.version").value(2));

        assertThat(store.get(CUSTOMER, "vip"))
                .get()
                .extracting(SharedState::value, SharedState::version, SharedState::updatedBy)
                .containsExactly("yes", 2L, "bookings");
    }

    @Test
    void aWriteBasedOnAStaleVersionIsAConflictAndKeepsTheOtherAgentsValue() throws Exception {
        write("triage", "gift_message", "Happy birthday", 0);
        write("orders", "gift_message", "Happy birthday, Mum", 1).andExpect(status().isOk());

        write("bookings", "gift_message", "Congratulations", 1)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.value").value("Happy birthday, Mum"))
                .andExpect(jsonPath("$.current.version").value(2));

        assertThat(store.get(CUSTOMER, "gift_message"))
                .get()
                .extracting(SharedState::value)
                .isEqualTo("Happy birthday, Mum");
    }

    @Test
    void twoAgentsCreatingTheSameEntryConflictInsteadOfOverwriting() throws Exception {
        write("orders", "last_topic", "refund", 0).andExpect(status().isOk());
        write("bookings", "last_topic", "workshop", 0).andExpect(status().isConflict());
    }

    @Test
    void concurrentUpdatesThroughTheStoreAreAllKept() throws Exception {
        int agents = 8;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<SharedState>> increments = new ArrayList<>();
            for (int i = 0; i < agents; i++) {
                String agent = i % 2 == 0 ? "orders" : "bookings";
                increments.add(() -> store.update(
                        CUSTOMER,
                        "messages_handled",
                        agent,
                        current -> Integer.toString(current == null ? 1 : Integer.parseInt(current) + 1)));
            }
            for (Future<SharedState> done : pool.invokeAll(increments)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(store.get(CUSTOMER, "messages_handled"))
                .get()
                .extracting(SharedState::value, SharedState::version)
                .containsExactly(Integer.toString(agents), (long) agents);
    }

    private org.springframework.test.web.servlet.ResultActions write(
            String agent, String key, String value, long expectedVersion) throws Exception {
        return mockMvc.perform(put("/api/customers/{customer}/state/{key}", CUSTOMER, key)
                .header("Authorization", StaffToken.BEARER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"agent\":\"" + agent + "\",\"value\":\"" + value + "\",\"expectedVersion\":"
                        + expectedVersion + "}"));
    }
}
