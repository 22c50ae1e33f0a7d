package dev.mockapis.sample.deadletter;

/** Knows how to try one kind of dead-lettered work again. */
public interface DeadLetterHandler {

    /** The kind it handles, such as {@code inbound_message}. */
    String kind();

    /** Hands the work back for processing. */
    void redrive(String reference);
}
