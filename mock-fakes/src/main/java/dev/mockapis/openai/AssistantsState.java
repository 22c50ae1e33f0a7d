package dev.mockapis.openai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Assistants API remembers: assistants, threads with their messages and runs. One lock (this
 * object) guards all of it, since a run touches its thread, its assistant and its steps together.
 */
final class AssistantsState {

    private final Map<String, ObjectNode> assistants = new LinkedHashMap<>();
    private final Map<String, ThreadRecord> threads = new LinkedHashMap<>();

    /** A thread: its object, its messages and its runs, oldest first. */
    static final class ThreadRecord {
        private final ObjectNode json;
        private final List<ObjectNode> messages = new ArrayList<>();
        private final List<RunRecord> runs = new ArrayList<>();

        ThreadRecord(ObjectNode json) {
            this.json = json;
        }

        String id() {
            return json.path("id").asText();
        }

        ObjectNode json() {
            return json;
        }

        List<ObjectNode> messages() {
            return messages;
        }

        List<RunRecord> runs() {
            return runs;
        }

        Optional<RunRecord> activeRun() {
            return runs.stream().filter(RunRecord::active).findFirst();
        }

        ObjectNode message(String id) {
            return messages.stream()
                    .filter(message -> id.equals(message.path("id").asText()))
                    .findFirst()
                    .orElseThrow(() -> OpenAiErrors.noSuch("message", id));
        }

        RunRecord run(String id) {
            return runs.stream()
                    .filter(run -> id.equals(run.id()))
                    .findFirst()
                    .orElseThrow(() -> OpenAiErrors.noSuch("run", id));
        }
    }

    ObjectNode assistant(String id) {
        ObjectNode assistant = assistants.get(id);
        if (assistant == null) {
            throw OpenAiErrors.noSuch("assistant", id);
        }
        return assistant;
    }

    List<ObjectNode> assistants() {
        return new ArrayList<>(assistants.values());
    }

    void saveAssistant(ObjectNode assistant) {
        assistants.put(assistant.path("id").asText(), assistant);
    }

    void deleteAssistant(String id) {
        assistants.remove(assistant(id).path("id").asText());
    }

    ThreadRecord thread(String id) {
        ThreadRecord thread = threads.get(id);
        if (thread == null) {
            throw OpenAiErrors.noSuch("thread", id);
        }
        return thread;
    }

    ThreadRecord saveThread(ThreadRecord thread) {
        threads.put(thread.id(), thread);
        return thread;
    }

    void deleteThread(String id) {
        threads.remove(thread(id).id());
    }

    void clear() {
        assistants.clear();
        threads.clear();
    }
}
