package dev.mockapis.twilio;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The connection overrides of a webhook URL's fragment ({@code #rc=3&rp=5xx,4xx}) that decide whether
 * Twilio tries a callback again after an HTTP error: retry count {@code rc} (0 to 5, default 1) and
 * retry policy {@code rp} ({@code 4xx}, {@code 5xx}, {@code ct}, {@code rt}, {@code all}; default
 * {@code ct,rt}, connection and read timeouts only, so an HTTP error is not retried unless the URL asks).
 * Timeouts ({@code ct}, {@code rt}, {@code tt}) and the edge ({@code e}) are read and ignored.
 *
 * @param retryCount how many more attempts Twilio makes
 * @param policy what it retries on
 */
record ConnectionOverrides(int retryCount, Set<String> policy) {

    private static final List<String> POLICIES = List.of("4xx", "5xx", "ct", "rt", "all");
    private static final int DEFAULT_RETRY_COUNT = 1;
    private static final int MAX_RETRY_COUNT = 5;

    static ConnectionOverrides of(String url) {
        int hash = url.indexOf('#');
        int retryCount = DEFAULT_RETRY_COUNT;
        Set<String> policy = new LinkedHashSet<>(List.of("ct", "rt"));
        if (hash < 0) {
            return new ConnectionOverrides(retryCount, policy);
        }
        for (String pair : url.substring(hash + 1).split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            if (key.equals("rc")) {
                retryCount = retryCount(value);
            } else if (key.equals("rp")) {
                policy = policy(value);
            }
        }
        return new ConnectionOverrides(retryCount, policy);
    }

    /** The URL Twilio requests and signs: the fragment is only for Twilio. */
    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /** How many times Twilio sends a callback the application keeps answering with this status. */
    int attempts(int httpStatus) {
        boolean retried = policy.contains("all")
                || (httpStatus / 100 == 4 && policy.contains("4xx"))
                || (httpStatus / 100 == 5 && policy.contains("5xx"));
        return retried ? 1 + retryCount : 1;
    }

    private static int retryCount(String value) {
        try {
            int count = Integer.parseInt(value);
            if (count >= 0 && count <= MAX_RETRY_COUNT) {
                return count;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException(
                "Twilio would refuse the connection override rc=" + value + ": the retry count is 0 to 5");
    }

    private static Set<String> policy(String value) {
        Set<String> policy = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (!POLICIES.contains(name)) {
                throw new IllegalArgumentException("Twilio error 11243, HTTP retry policy is invalid: rp=" + value
                        + "; the policies are " + POLICIES);
            }
            policy.add(name);
        }
        return policy;
    }
}
