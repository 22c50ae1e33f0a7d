package dev.mockapis.core.record.internal;

import dev.mockapis.core.RequestFingerprint;

/**
 * One call a recording proxy forwarded and what came back.
 *
 * @param operation the operation id
 * @param request what replay will compare
 * @param response what the upstream answered
 */
public record Exchange(String operation, RequestFingerprint request, Observed response) {}
