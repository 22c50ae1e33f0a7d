package dev.mockapis.openai;

import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.HttpHeaders;

/**
 * The headers OpenAI puts on every answer: a request id, processing time, API version and rate-limit
 * state. Throttling answers also say when to retry: {@code retry-after} in whole seconds as the spec
 * requires, and a short {@code retry-after-ms}, which the SDKs prefer, so retries in tests stay fast.
 */
final class OpenAiHeaders {

    static final String RETRY_AFTER_MS = "10";

    private final IdGenerator ids;

    OpenAiHeaders(IdGenerator ids) {
        this.ids = ids;
    }

    FakeResponse forSuccess(FakeResponse response) {
        return response.withHeaders(common().add("x-ratelimit-limit-requests", "10000")
                .add("x-ratelimit-remaining-requests", "9999")
                .add("x-ratelimit-reset-requests", "6ms")
                .add("x-ratelimit-limit-tokens", "30000000")
                .add("x-ratelimit-remaining-tokens", "29999000")
                .add("x-ratelimit-reset-tokens", "2ms")
                .build());
    }

    FakeResponse forError(FakeResponse response) {
        HttpHeaders.Builder headers = common();
        if (response.status() == 429 || response.status() == 503) {
            headers.add("retry-after", "1").add("retry-after-ms", RETRY_AFTER_MS);
        }
        if (response.status() == 429) {
            headers.add("x-ratelimit-limit-requests", "10000")
                    .add("x-ratelimit-remaining-requests", "0")
                    .add("x-ratelimit-reset-requests", "1s")
                    .add("x-ratelimit-limit-tokens", "30000000")
                    .add("x-ratelimit-remaining-tokens", "0")
                    .add("x-ratelimit-reset-tokens", "1s");
        }
        return response.withHeaders(headers.build());
    }

    private HttpHeaders.Builder common() {
        return HttpHeaders.builder()
                .add("x-request-id", ids.request())
                .add("openai-processing-ms", "1")
                .add("openai-version", "2020-10-01");
    }
}
