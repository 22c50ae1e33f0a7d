package dev.mockapis.sample.cluster;

import java.util.Optional;
import java.util.function.Supplier;

/** A short-lived cache of each customer's conversation at OpenAI, shared by the instances. */
public interface SessionCache {

    /** The cached id, or the loaded one (then cached when present). */
    Optional<String> get(String customer, String runtime, Supplier<Optional<String>> loader);

    /** Forgets the customer's id, after it changed. */
    void evict(String customer, String runtime);
}
