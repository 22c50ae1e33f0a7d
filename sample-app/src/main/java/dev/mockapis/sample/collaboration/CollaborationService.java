package dev.mockapis.sample.collaboration;

import dev.mockapis.sample.agents.Agent;
import dev.mockapis.sample.agents.AgentCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Runs staff tasks with several agents: sequentially, each agent building on the previous one's work
 * (a researcher's facts, then a writer's text), or in parallel, every agent on the same task at once
 * and their outputs merged.
 */
@Service
public class CollaborationService {

    private final AgentCatalog catalog;
    private final AgentWork work;
    private final TaskExecutor executor;

    CollaborationService(
            AgentCatalog catalog, AgentWork work, @Qualifier("collaborationExecutor") TaskExecutor executor) {
        this.catalog = catalog;
        this.work = work;
        this.executor = executor;
    }

    /**
     * Runs a collaboration to its end.
     *
     * @throws dev.mockapis.sample.agents.UnknownAgentException when an agent does not exist
     */
    public Collaboration run(String task, Workflow workflow, List<String> agentNames) {
        List<Agent> agents = agentNames.stream().map(catalog::require).toList();
        if (workflow == Workflow.SEQUENTIAL) {
            return sequential(task, agents);
        }
        return parallel(task, agents);
    }

    private Collaboration sequential(String task, List<Agent> agents) {
        List<Contribution> contributions = new ArrayList<>();
        String input = "Task: " + task;
        for (Agent agent : agents) {
            Contribution contribution = work.perform(agent, input);
            contributions.add(contribution);
            input = "Task: " + task + "\n\nWork so far, from " + agent.name() + ":\n" + contribution.output();
        }
        return finished(
                Workflow.SEQUENTIAL,
                agents,
                contributions,
                contributions.get(contributions.size() - 1).output());
    }

    private Collaboration parallel(String task, List<Agent> agents) {
        List<CompletableFuture<Contribution>> running = agents.stream()
                .map(agent -> CompletableFuture.supplyAsync(() -> work.perform(agent, "Task: " + task), executor))
                .toList();
        List<Contribution> contributions;
        try {
            contributions = running.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            running.forEach(future -> future.cancel(true));
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        String merged = contributions.stream()
                .map(contribution -> "## " + contribution.agent() + "\n" + contribution.output())
                .collect(Collectors.joining("\n\n"));
        return finished(Workflow.PARALLEL, agents, contributions, merged);
    }

    private static Collaboration finished(
            Workflow workflow, List<Agent> agents, List<Contribution> contributions, String result) {
        return new Collaboration(
                "completed", workflow, agents.stream().map(Agent::name).toList(), contributions, result);
    }
}
