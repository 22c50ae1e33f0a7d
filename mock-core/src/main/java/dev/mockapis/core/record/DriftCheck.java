package dev.mockapis.core.record;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.FakeApi;
import dev.mockapis.core.HttpHeaders;
import dev.mockapis.core.RequestFingerprint;
import dev.mockapis.core.ScenarioFiles;
import dev.mockapis.core.record.internal.Observed;
import dev.mockapis.core.record.internal.Shapes;
import dev.mockapis.core.record.internal.TimedEvent;
import dev.mockapis.core.record.internal.UpstreamCall;
import dev.mockapis.core.record.internal.Yaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The drift check: sends a recording's requests to the real provider again and reports where the
 * answers' shapes changed: a status, new, missing or retyped fields, and for streams the same per kind
 * of event (its {@code event:} name, else its {@code type} or {@code object} field).
 *
 * <p>Requests go out as recorded, so ids a provider made during the recording (a message SID fetched)
 * may no longer exist for it, and creating calls create again (a Twilio message is sent again).
 */
public final class DriftCheck {

    private final Upstream upstream;

    private DriftCheck(Upstream upstream) {
        this.upstream = upstream;
    }

    /** A drift check against this upstream. */
    public static DriftCheck against(Upstream upstream) {
        return new DriftCheck(upstream);
    }

    /**
     * Checks one recording.
     *
     * @param fileName the recording's name, for the report
     * @param content the recording
     * @param api the api it was recorded for
     * @throws dev.mockapis.core.ScenarioFileException when it is not a valid scenario file
     */
    public DriftReport check(String fileName, String content, FakeApi api) {
        ScenarioFiles.read(fileName, content, api);
        List<String> changes = new ArrayList<>();
        int checked = 0;
        for (JsonNode rule : Yaml.read(content).path("rules")) {
            JsonNode request = rule.path("when").path("request");
            JsonNode recorded = rule.path("steps").path(0).path("respond");
            if (!request.isObject() || !recorded.isObject()) {
                continue;
            }
            RequestFingerprint fingerprint = RequestFingerprint.parse(request.toString());
            String call = rule.path("operation").asText() + " " + fingerprint.method() + " " + fingerprint.target();
            checked++;
            try {
                Observed live = send(fingerprint);
                compare(recorded, live).forEach(change -> changes.add(call + ": " + change));
            } catch (IOException e) {
                changes.add(call + ": could not reach " + upstream.baseUrl() + " (" + e + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                changes.add(call + ": interrupted");
                break;
            }
        }
        return new DriftReport(fileName, checked, changes);
    }

    private Observed send(RequestFingerprint request) throws IOException, InterruptedException {
        HttpHeaders.Builder headers = HttpHeaders.builder();
        switch (request.bodyKind()) {
            case "json":
                headers.add("Content-Type", "application/json");
                break;
            case "form":
                headers.add("Content-Type", "application/x-www-form-urlencoded");
                break;
            case "text":
                headers.add("Content-Type", "text/plain; charset=utf-8");
                break;
            default:
                break;
        }
        return UpstreamCall.send(
                upstream.target(),
                request.method(),
                request.target(),
                headers.build(),
                request.bodyText().getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> compare(JsonNode recorded, Observed live) {
        List<String> changes = new ArrayList<>();
        int status = recorded.path("status").asInt();
        if (status != live.status()) {
            changes.add("status " + status + " -> " + live.status());
            return changes;
        }
        boolean wasStream = recorded.has("events");
        if (wasStream != live.isStream()) {
            changes.add(wasStream ? "was an event stream, now a plain body" : "was a plain body, now an event stream");
            return changes;
        }
        if (!wasStream) {
            JsonNode before = recorded.get("body");
            JsonNode after = Yaml.readJsonOrNull(live.bodyText());
            if (before != null && (before.isContainerNode()) && after != null) {
                changes.addAll(new Shapes().add(before).changesTo(new Shapes().add(after)));
            }
            return changes;
        }
        Map<String, Shapes> beforeEvents = new TreeMap<>();
        for (JsonNode event : recorded.get("events")) {
            JsonNode data = event.path("data");
            JsonNode json = data.isContainerNode() ? data : Yaml.readJsonOrNull(data.asText());
            if (json != null) {
                beforeEvents
                        .computeIfAbsent(kind(event.path("event").asText(null), json), any -> new Shapes())
                        .add(json);
            }
        }
        Map<String, Shapes> afterEvents = new TreeMap<>();
        for (TimedEvent event : live.events()) {
            JsonNode json = Yaml.readJsonOrNull(event.event().data());
            if (json != null) {
                afterEvents
                        .computeIfAbsent(kind(event.event().event(), json), any -> new Shapes())
                        .add(json);
            }
        }
        Set<String> kinds = new LinkedHashSet<>(beforeEvents.keySet());
        kinds.addAll(afterEvents.keySet());
        for (String kind : kinds) {
            Shapes before = beforeEvents.get(kind);
            Shapes after = afterEvents.get(kind);
            if (before == null) {
                changes.add("new event " + kind);
            } else if (after == null) {
                changes.add("missing event " + kind);
            } else {
                before.changesTo(after).forEach(change -> changes.add("event " + kind + ": " + change));
            }
        }
        return changes;
    }

    private static String kind(@Nullable String eventName, JsonNode data) {
        if (eventName != null && !eventName.isEmpty()) {
            return eventName;
        }
        if (data.path("type").isTextual()) {
            return data.get("type").asText();
        }
        return data.path("object").isTextual() ? data.get("object").asText() : "data";
    }
}
