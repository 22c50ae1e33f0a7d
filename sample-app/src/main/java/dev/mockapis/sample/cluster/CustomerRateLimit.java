package dev.mockapis.sample.cluster;

/** How many messages of one customer are answered a minute, counted over all the instances. */
public interface CustomerRateLimit {

    /** Counts one more answer for the customer; {@code false} when the customer is over the limit. */
    boolean tryAcquire(String customer);
}
