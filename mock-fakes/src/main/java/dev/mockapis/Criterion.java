package dev.mockapis;

import dev.mockapis.core.Interaction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A condition on a recorded request, with what the request actually had, so that a failed assertion
 * can show the values it found instead.
 *
 * @param description what is required: {@code form param To = whatsapp:+15551234567}
 * @param test whether a request satisfies it
 * @param actual what a request had in its place: {@code [whatsapp:+15559876543]}
 * @param subject what {@code actual} shows: {@code form param To}
 */
record Criterion(
        String description, Predicate<Interaction> test, Function<Interaction, String> actual, String subject) {}
