package dev.mockapis.sample.agents;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Agent-to-agent messages over HTTP: private notes, broadcasts and each agent's inbox. */
@RestController
class AgentMessageController {

    private final AgentMessageBus bus;
    private final AgentCatalog agents;

    AgentMessageController(AgentMessageBus bus, AgentCatalog agents) {
        this.bus = bus;
        this.agents = agents;
    }

    @PostMapping("/api/agents/{agent}/messages")
    ResponseEntity<Delivery> send(@PathVariable String agent, @RequestBody Note note) {
        AgentMessage message = bus.send(note.customer(), agent, note.to(), note.body());
        List<String> recipients = message.broadcast()
                ? agents.all().stream()
                        .map(Agent::name)
                        .filter(name -> !name.equals(agent))
                        .toList()
                : List.of(message.to());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Delivery(message.id(), true, recipients));
    }

    @GetMapping("/api/agents/{agent}/inbox")
    List<AgentMessage> inbox(@PathVariable String agent, @RequestParam(required = false) String customer) {
        agents.require(agent);
        return bus.inbox(agent, customer);
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> unknown(UnknownAgentException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("detail", e.getMessage()));
    }

    /**
     * A note to send.
     *
     * @param to the receiving agent; none for a broadcast to every agent
     * @param customer the customer it is about; none for all customers
     * @param body the note
     */
    record Note(String to, String customer, String body) {}

    /**
     * A sent note.
     *
     * @param id its id
     * @param delivered always true: the note is stored for its recipients
     * @param recipients the agents that receive it
     */
    record Delivery(long id, boolean delivered, List<String> recipients) {}
}
