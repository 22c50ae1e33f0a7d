package dev.mockapis.core.record;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeApi;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.RequestFingerprint;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioFiles;
import dev.mockapis.core.ScriptedResponse;
import dev.mockapis.core.StandIn;
import dev.mockapis.core.Step;
import dev.mockapis.core.record.internal.Yaml;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Replay mode: a {@link StandIn} that answers each call the fake would answer from a recording, strictly.
 *
 * <ul>
 *   <li>A call is matched by operation and by its {@link RequestFingerprint} (method, target, body),
 *       the recording's redacted values and the fields to ignore left out; a rule's responses come in
 *       order, the last repeating, as in any scenario file.</li>
 *   <li>A call of a recorded operation that matches no recorded request is a miss: the client gets a
 *       400 in the provider's shape whose message names the nearest recorded request and the
 *       differences, and {@link #misses()} lists it, so the test fails loudly.</li>
 *   <li>A call of an operation the recording never saw is answered by the fake's default behaviour,
 *       logged as a warning and listed in {@link #fallThroughs()}.</li>
 * </ul>
 */
public final class Replay implements StandIn {

    private static final System.Logger LOG = System.getLogger(Replay.class.getName());

    private final String file;
    private final String rerecord;
    private final List<Recorded> recorded;
    private final List<String> misses = Collections.synchronizedList(new ArrayList<>());
    private final List<String> fallThroughs = Collections.synchronizedList(new ArrayList<>());

    private Replay(String file, String rerecord, List<Recorded> recorded) {
        this.file = file;
        this.rerecord = rerecord;
        this.recorded = recorded;
    }

    /**
     * Reads a recording.
     *
     * @param fileName the file's name, for messages; its base name must be a scenario name ({@code openai.yaml})
     * @param content the file's content
     * @param api the api it was recorded for
     * @param ignoredFields body fields left out of every comparison (names at any depth, or JSON Pointers)
     * @param rerecord how to record it again, for messages, such as {@code mockapis.openai.mode=record}
     * @throws dev.mockapis.core.ScenarioFileException naming the line and field of a problem in the file
     */
    public static Replay read(
            String fileName, String content, FakeApi api, Set<String> ignoredFields, String rerecord) {
        Scenario scenario = ScenarioFiles.read(fileName, content, api);
        JsonNode rules = Yaml.read(content).path("rules");
        List<Recorded> recorded = new ArrayList<>();
        for (int i = 0; i < scenario.rules().size(); i++) {
            JsonNode request = rules.path(i).path("when").path("request");
            RequestFingerprint fingerprint = request.isObject()
                    ? RequestFingerprint.parse(request.toString()).ignoring(ignoredFields)
                    : null;
            recorded.add(new Recorded(scenario.rules().get(i), fingerprint, new AtomicInteger()));
        }
        return new Replay(fileName, rerecord, List.copyOf(recorded));
    }

    @Override
    public FakeResponse answer(ApiCall call, @Nullable Directive directive, FakeApi fake) {
        if (directive != null) {
            return fake.handle(call, directive);
        }
        RequestFingerprint actual = RequestFingerprint.of(call.request());
        List<Recorded> sameOperation = recorded.stream()
                .filter(entry -> entry.rule().operationId().equals(call.operationId()))
                .toList();
        if (sameOperation.isEmpty()) {
            String note = call.operationId() + " " + call.request().method() + " "
                    + call.request().path();
            fallThroughs.add(note);
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Replay of {0}: {1} was not recorded; the {2} fake answers it with its default behaviour",
                    file,
                    note,
                    fake.name());
            return fake.handle(call, null);
        }
        for (Recorded entry : sameOperation) {
            if (entry.accepts(actual)) {
                Step step = entry.rule().stepFor(entry.calls().getAndIncrement());
                return respond(step, call, fake);
            }
        }
        String miss = miss(call, actual, sameOperation);
        misses.add(miss);
        LOG.log(System.Logger.Level.ERROR, miss);
        throw new ProviderErrorException(fake.errorFormat().badRequest(call.request(), 400, "MockApis: " + miss));
    }

    private static FakeResponse respond(Step step, ApiCall call, FakeApi fake) {
        ScriptedResponse response = step.response();
        if (response instanceof ScriptedResponse.Respond respond) {
            if (!step.callbacks().isEmpty()) {
                fake.sendCallbacks(call, step.callbacks());
            }
            return respond.response();
        }
        if (response instanceof ScriptedResponse.Fail fail) {
            throw new ProviderErrorException(fail.error());
        }
        return fake.handle(call, ((ScriptedResponse.Proceed) response).directive());
    }

    private String miss(ApiCall call, RequestFingerprint actual, List<Recorded> candidates) {
        Recorded nearest = candidates.get(0);
        List<String> fewest = nearest.differences(actual);
        for (Recorded candidate : candidates) {
            List<String> differences = candidate.differences(actual);
            if (differences.size() < fewest.size()) {
                nearest = candidate;
                fewest = differences;
            }
        }
        StringBuilder message = new StringBuilder()
                .append("replay of ")
                .append(file)
                .append(": no recorded ")
                .append(call.operationId())
                .append(" matches ")
                .append(call.request().method())
                .append(' ')
                .append(call.request().target())
                .append(".\n  nearest recorded request (")
                .append(candidates.indexOf(nearest) + 1)
                .append(" of ")
                .append(candidates.size())
                .append(" for ")
                .append(call.operationId())
                .append("), differing in:");
        fewest.forEach(line -> message.append("\n    ").append(line));
        return message.append("\n  Record it again with ")
                .append(rerecord)
                .append('.')
                .toString();
    }

    /** The file replayed. */
    public String file() {
        return file;
    }

    /** The calls no recording matched, each with the nearest recorded request and the differences. */
    public List<String> misses() {
        return List.copyOf(misses);
    }

    /** The calls of operations the recording never saw, which the fake answered. */
    public List<String> fallThroughs() {
        return List.copyOf(fallThroughs);
    }

    /** The recorded calls no call has reached, for reports. */
    public int unusedRecordings() {
        return (int) recorded.stream().filter(entry -> entry.calls().get() == 0).count();
    }

    @Override
    public String toString() {
        return "replay of " + file;
    }

    private record Recorded(Rule rule, @Nullable RequestFingerprint fingerprint, AtomicInteger calls) {

        boolean accepts(RequestFingerprint actual) {
            return fingerprint == null || fingerprint.accepts(actual);
        }

        List<String> differences(RequestFingerprint actual) {
            return fingerprint == null ? List.of() : fingerprint.differences(actual);
        }
    }
}
