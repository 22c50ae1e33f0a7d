package dev.mockapis.sample.collaboration;

import java.util.List;

/**
 * A finished collaboration.
 *
 * @param status {@code completed}
 * @param workflow how the agents worked together
 * @param agents the agents, in the order they were named
 * @param contributions each agent's output, in the order they were named
 * @param result the outcome: the last output, or the merged outputs
 */
public record Collaboration(
        String status, Workflow workflow, List<String> agents, List<Contribution> contributions, String result) {}
