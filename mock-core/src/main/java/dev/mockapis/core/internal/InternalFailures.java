package dev.mockapis.core.internal;

import dev.mockapis.core.FakeRequest;
import java.lang.System.Logger.Level;

/**
 * Reports a fake's own failure: the stack trace goes to the log, where the developer looks; the error
 * body the client gets says what failed without Java class names or parser internals.
 */
public final class InternalFailures {

    private static final java.util.regex.Pattern INTERNALS = java.util.regex.Pattern.compile(
            "java\\.|javax\\.|jackson|okhttp|okio|kotlin|mockwebserver|dev\\.mockapis|Exception|\\$");

    private static final System.Logger LOG = System.getLogger(InternalFailures.class.getName());

    private InternalFailures() {}

    /**
     * Logs the failure and returns the text for the error body.
     *
     * @param who the fake, as the body names it: {@code The openai fake}
     */
    public static String message(String who, FakeRequest request, RuntimeException failure) {
        LOG.log(Level.WARNING, who + " failed to handle " + request, failure);
        String what = who + " failed to handle " + request.method() + " " + request.path();
        return ownMessage(failure) ? what + ": " + failure.getMessage() : what + "; the cause is in the test's log.";
    }

    /** A message the fakes wrote for the test author, thrown by their own code and naming nothing internal. */
    private static boolean ownMessage(RuntimeException failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        String message = failure.getMessage();
        return message != null
                && trace.length > 0
                && trace[0].getClassName().startsWith("dev.mockapis.")
                && !INTERNALS.matcher(message).find();
    }
}
