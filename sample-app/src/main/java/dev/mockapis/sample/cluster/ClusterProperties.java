package dev.mockapis.sample.cluster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How instances of the assistant share work: with {@code redis} on, claims on messages, replay marks,
 * rate limits and the conversation cache live in Redis ({@code spring.data.redis.*}), so that any number
 * of instances behind one Twilio number answer each message once; off, they live in this instance's
 * memory, which is right for one instance only.
 *
 * @param redis whether the instances share Redis
 * @param claimTtl how long a claim on a message lasts unless renewed; an instance that dies loses its
 *     claims this long after its last renewal
 * @param sweepInterval how often messages nobody is answering are looked for
 * @param sweepGrace how old a message must be before a sweep takes it, so that one still on its way to
 *     a worker is left alone
 * @param messagesPerMinute how many messages of one customer are answered a minute; later ones wait for
 *     the next minute (0: no limit)
 * @param replayMemory how long webhook replays are recognised without the database
 * @param sessionCacheTtl how long a customer's OpenAI conversation id is cached
 */
@ConfigurationProperties("assistant.cluster")
public record ClusterProperties(
        @DefaultValue("false") boolean redis,
        @DefaultValue("60s") Duration claimTtl,
        @DefaultValue("10s") Duration sweepInterval,
        @DefaultValue("30s") Duration sweepGrace,
        @DefaultValue("20") int messagesPerMinute,
        @DefaultValue("24h") Duration replayMemory,
        @DefaultValue("10m") Duration sessionCacheTtl) {}
