package dev.mockapis.sample.deadletter;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff's view of the dead letters: list them, and re-drive one once the cause is fixed. */
@RestController
class DeadLetterController {

    private final DeadLetters deadLetters;
    private final Map<String, DeadLetterHandler> handlers;

    DeadLetterController(DeadLetters deadLetters, List<DeadLetterHandler> handlers) {
        this.deadLetters = deadLetters;
        this.handlers =
                handlers.stream().collect(Collectors.toUnmodifiableMap(DeadLetterHandler::kind, Function.identity()));
    }

    @GetMapping("/admin/dead-letters")
    List<DeadLetter> list(@RequestParam(defaultValue = "false") boolean pending) {
        return deadLetters.list(pending);
    }

    @PostMapping("/admin/dead-letters/{id}/redrive")
    ResponseEntity<?> redrive(@PathVariable long id) {
        DeadLetter deadLetter = deadLetters.find(id).orElse(null);
        if (deadLetter == null) {
            return ResponseEntity.notFound().build();
        }
        DeadLetterHandler handler = handlers.get(deadLetter.kind());
        if (handler == null || !deadLetters.markRedriven(id)) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Map.of("detail", "Dead letter " + id + " is " + deadLetter.status()));
        }
        handler.redrive(deadLetter.reference());
        return ResponseEntity.accepted().body(deadLetters.find(id).orElseThrow());
    }
}
