package dev.mockapis.openai;

/** Which scenario directives steer the {@link Endpoints}' operations, beyond the model-turn replies. */
final class EndpointDirectives {

    private EndpointDirectives() {}

    /**
     * Whether the directive is one of the endpoints' own and meant for this operation.
     *
     * @throws IllegalArgumentException when it is one of theirs but meant for another operation
     */
    static boolean steers(String operationId, Object directive) {
        String meantFor = meantFor(directive);
        if (meantFor == null) {
            return false;
        }
        if (!meantFor.equals(operationId)) {
            throw new IllegalArgumentException(
                    directive + " steers " + meantFor + ", not " + operationId + "; script it on " + meantFor);
        }
        return true;
    }

    private static String meantFor(Object directive) {
        if (directive instanceof ModerationPolicy) {
            return "moderations.create";
        }
        return null;
    }
}
