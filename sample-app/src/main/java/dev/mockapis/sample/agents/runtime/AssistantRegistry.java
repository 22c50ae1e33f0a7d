package dev.mockapis.sample.agents.runtime;

import com.openai.client.OpenAIClient;
import com.openai.models.beta.assistants.AssistantCreateParams;
import dev.mockapis.sample.agents.Agent;
import dev.mockapis.sample.tools.AgentTool;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One OpenAI assistant per agent, created when first needed and remembered in the database by a
 * fingerprint of its model, instructions and tools, so changed instructions get a new assistant and a
 * restart reuses the existing ones.
 */
@Component
@SuppressWarnings("deprecation") // the Assistants API is the legacy runtime on purpose
class AssistantRegistry {

    private final OpenAIClient openAi;
    private final JdbcClient jdbc;
    private final OpenAiProperties properties;

    AssistantRegistry(OpenAIClient openAi, JdbcClient jdbc, OpenAiProperties properties) {
        this.openAi = openAi;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The agent's assistant id, creating the assistant if there is none yet. */
    synchronized String assistantFor(Agent agent, List<AgentTool> tools) {
        String fingerprint = fingerprint(agent, tools);
        Optional<String> known = jdbc.sql(
                        "select assistant_id from openai_assistant where agent = ? and fingerprint = ?")
                .params(agent.name(), fingerprint)
                .query(String.class)
                .optional();
        if (known.isPresent()) {
            return known.get();
        }
        AssistantCreateParams.Builder create = AssistantCreateParams.builder()
                .model(properties.model())
                .name(agent.name())
                .instructions(agent.instructions());
        tools.forEach(tool -> create.addFunctionTool(FunctionSchemas.assistantsFunction(tool)));
        String id = openAi.beta().assistants().create(create.build()).id();
        jdbc.sql("insert into openai_assistant (agent, fingerprint, assistant_id) values (?, ?, ?)")
                .params(agent.name(), fingerprint, id)
                .update();
        return id;
    }

    /** Forgets an assistant OpenAI no longer knows. */
    synchronized void forget(String assistantId) {
        jdbc.sql("delete from openai_assistant where assistant_id = ?")
                .param(assistantId)
                .update();
    }

    private String fingerprint(Agent agent, List<AgentTool> tools) {
        StringBuilder text = new StringBuilder(properties.model()).append('\n').append(agent.instructions());
        tools.forEach(tool -> text.append('\n').append(tool.name()).append(tool.parameters()));
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
