package dev.mockapis.sample.cluster;

import java.util.Optional;

/**
 * Who is answering a message: at most one worker of all the instances holds a message's claim. A claim
 * held by an instance that died lapses, so that another instance can take the message over.
 */
public interface MessageClaims {

    /** Claims the message, or nothing when someone else holds it. */
    Optional<Claim> claim(String messageSid);

    /** A held claim; closing it releases it. */
    interface Claim extends AutoCloseable {

        @Override
        void close();
    }
}
