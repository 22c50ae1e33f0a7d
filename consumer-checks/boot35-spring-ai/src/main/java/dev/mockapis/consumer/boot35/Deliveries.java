package dev.mockapis.consumer.boot35;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** The delivery statuses Twilio reported for each message sent, in the order they arrived. */
@Component
public class Deliveries {

    private final Map<String, List<String>> statuses = new ConcurrentHashMap<>();

    void record(String messageSid, String status) {
        statuses.computeIfAbsent(messageSid, sid -> new CopyOnWriteArrayList<>())
                .add(status);
    }

    /** The statuses reported for a message, oldest first. */
    public List<String> of(String messageSid) {
        return List.copyOf(statuses.getOrDefault(messageSid, List.of()));
    }
}
