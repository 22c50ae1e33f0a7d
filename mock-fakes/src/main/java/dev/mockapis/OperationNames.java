package dev.mockapis;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The operation ids an api's routes have, so that an assertion naming one it does not have fails instead
 * of passing silently: {@code neverCalled("message.create")} would otherwise hold for any twilio test.
 *
 * @param api the api's name, for messages
 * @param known its operation ids; empty when unknown, which checks nothing
 */
record OperationNames(String api, List<String> known) {

    OperationNames {
        known = List.copyOf(known);
    }

    /** Names nothing, so checks nothing: for assertions on a list of interactions alone. */
    static OperationNames unchecked(String api) {
        return new OperationNames(api, List.of());
    }

    /** Why the first unknown one of these names is wrong, with the closest known name and all of them; empty when all are known. */
    Optional<String> problem(String... operationIds) {
        if (known.isEmpty()) {
            return Optional.empty();
        }
        for (String operationId : operationIds) {
            if (!known.contains(operationId)) {
                String closest = known.stream()
                        .min(Comparator.comparingInt(name -> distance(name, operationId)))
                        .orElseThrow();
                String suggestion = distance(closest, operationId) <= Math.max(2, operationId.length() / 3)
                        ? " (did you mean " + closest + "?)"
                        : "";
                return Optional.of(api + " has no operation " + operationId + suggestion + ".\n  its operations: "
                        + String.join(", ", known));
            }
        }
        return Optional.empty();
    }

    /** Levenshtein distance: edits from one name to the other. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
