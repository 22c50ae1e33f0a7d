package dev.mockapis.sample.persistence;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A customer's conversation, for staff. */
@RestController
class HistoryController {

    private final ConversationHistory history;

    HistoryController(ConversationHistory history) {
        this.history = history;
    }

    @GetMapping("/api/customers/{customer}/history")
    List<ConversationHistory.Line> history(@PathVariable String customer) {
        return history.of(customer);
    }
}
