package dev.mockapis.openai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.Directive;
import dev.mockapis.core.conversation.internal.Completion;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One Assistants run: its object, its steps, and what the model will do when it next gets to work
 * (decided when the run is created or resumed). Guarded by the {@link AssistantsState} lock.
 */
final class RunRecord {

    private static final Set<String> ACTIVE = Set.of("queued", "in_progress", "requires_action", "cancelling");

    private final ObjectNode json;
    private final @Nullable Directive directive;
    private final List<ObjectNode> steps = new ArrayList<>();
    private @Nullable Completion planned;
    private int turnPromptTokens;
    private int promptTokens;
    private int completionTokens;
    private List<String> pendingCallIds = List.of();
    private @Nullable ObjectNode toolStep;

    RunRecord(ObjectNode json, @Nullable Directive directive) {
        this.json = json;
        this.directive = directive;
    }

    String id() {
        return json.path("id").asText();
    }

    String status() {
        return json.path("status").asText();
    }

    boolean active() {
        return ACTIVE.contains(status());
    }

    ObjectNode json() {
        return json;
    }

    @Nullable
    Directive directive() {
        return directive;
    }

    List<ObjectNode> steps() {
        return steps;
    }

    Completion planned() {
        return Objects.requireNonNull(planned, "a run is planned as soon as it is created");
    }

    /** What the model does on its next piece of work, and what the turn's prompt costs. */
    void plan(Completion completion, int turnPrompt) {
        this.planned = completion;
        this.turnPromptTokens = turnPrompt;
        this.promptTokens += turnPrompt;
        this.completionTokens += completion.outputTokens();
    }

    int turnPromptTokens() {
        return turnPromptTokens;
    }

    int promptTokens() {
        return promptTokens;
    }

    int completionTokens() {
        return completionTokens;
    }

    List<String> pendingCallIds() {
        return pendingCallIds;
    }

    @Nullable
    ObjectNode toolStep() {
        return toolStep;
    }

    void awaitTools(List<String> callIds, ObjectNode step) {
        this.pendingCallIds = List.copyOf(callIds);
        this.toolStep = step;
    }

    void toolsAnswered() {
        this.pendingCallIds = List.of();
        this.toolStep = null;
    }
}
