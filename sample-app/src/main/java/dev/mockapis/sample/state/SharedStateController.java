package dev.mockapis.sample.state;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shared customer state over HTTP, for agents running elsewhere and for staff tools. A write names
 * the version it read; a stale one is answered 409 Conflict with what is stored now.
 */
@RestController
@RequestMapping("/api/customers/{customer}/state")
class SharedStateController {

    private final SharedStateStore store;

    SharedStateController(SharedStateStore store) {
        this.store = store;
    }

    @GetMapping
    List<SharedState> all(@PathVariable String customer) {
        return store.all(customer);
    }

    @GetMapping("/{key}")
    ResponseEntity<SharedState> get(@PathVariable String customer, @PathVariable String key) {
        return store.get(customer, key)
                .map(state ->
                        ResponseEntity.ok().eTag(Long.toString(state.version())).body(state))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PutMapping("/{key}")
    SharedState put(@PathVariable String customer, @PathVariable String key, @RequestBody StateWrite write) {
        return store.put(customer, key, write.value(), write.expectedVersion(), write.agent());
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> conflict(StateConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Map.of(
                        "detail",
                        e.getMessage(),
                        "current",
                        e.current().map(Object.class::cast).orElse(Map.of())));
    }

    /**
     * A write of one entry.
     *
     * @param agent who writes
     * @param value the new value
     * @param expectedVersion the version the writer read, 0 for a new entry
     */
    record StateWrite(String agent, String value, long expectedVersion) {}
}
