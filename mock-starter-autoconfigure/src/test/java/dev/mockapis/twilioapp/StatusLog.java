package dev.mockapis.twilioapp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The delivery statuses the application received, as "SID status". */
public class StatusLog {

    private final List<String> statuses = new CopyOnWriteArrayList<>();

    void record(String sid, String status) {
        statuses.add(sid + " " + status);
    }

    public List<String> statuses() {
        return List.copyOf(statuses);
    }

    public void clear() {
        statuses.clear();
    }
}
