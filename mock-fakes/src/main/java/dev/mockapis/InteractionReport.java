package dev.mockapis;

import dev.mockapis.core.Interaction;
import dev.mockapis.core.Route;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Formats recorded interactions for failure messages, so every assertion reports them the same way. */
final class InteractionReport {

    private InteractionReport() {}

    /** One line per interaction, indented. */
    static String lines(List<Interaction> interactions) {
        if (interactions.isEmpty()) {
            return "  (no requests)";
        }
        return interactions.stream().map(interaction -> "  " + interaction).collect(Collectors.joining("\n"));
    }

    /** {@code [messages.create, messages.fetch]}; unmatched requests show as {@code (unmatched)}. */
    static String operations(List<Interaction> interactions) {
        return interactions.stream()
                .map(interaction -> interaction.operation().orElse("(unmatched)"))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * The unmatched request most likely meant as the given operation, with the routes it came closest
     * to: the first whose closest routes include the operation, else the first unmatched one.
     */
    static Optional<String> closestUnmatched(List<Interaction> interactions, String operationId) {
        List<Interaction> unmatched =
                interactions.stream().filter(Interaction::unmatched).toList();
        if (unmatched.isEmpty()) {
            return Optional.empty();
        }
        Interaction closest = unmatched.stream()
                .filter(interaction -> interaction.closestRoutes().stream()
                        .anyMatch(route -> route.operationId().equals(operationId)))
                .findFirst()
                .orElse(unmatched.get(0));
        return Optional.of(unmatched(closest));
    }

    /** An unmatched request and the routes it came closest to. */
    static String unmatched(Interaction interaction) {
        return interaction.method() + " " + interaction.path() + "\n    closest routes: "
                + interaction.closestRoutes().stream().map(Route::toString).collect(Collectors.joining("; "));
    }
}
