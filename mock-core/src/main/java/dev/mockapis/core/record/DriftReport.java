package dev.mockapis.core.record;

import java.util.List;

/**
 * What the drift check found for one recording.
 *
 * @param recording the recording's name
 * @param requests how many recorded requests were sent again
 * @param changes one line per change, such as
 *     {@code chat.completions.create POST /v1/chat/completions: new field choices[].message.refusal (string)}
 */
public record DriftReport(String recording, int requests, List<String> changes) {

    /** Copies. */
    public DriftReport {
        changes = List.copyOf(changes);
    }

    /** Whether any answer's shape changed. */
    public boolean drifted() {
        return !changes.isEmpty();
    }

    /** The recording, how many requests were checked, and each change on its own line. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(recording)
                .append(": ")
                .append(requests)
                .append(" request(s), ")
                .append(changes.isEmpty() ? "no drift" : changes.size() + " change(s)");
        changes.forEach(change -> text.append("\n  ").append(change));
        return text.toString();
    }
}
