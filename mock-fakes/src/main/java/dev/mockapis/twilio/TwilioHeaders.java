package dev.mockapis.twilio;

import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.HttpHeaders;

/** The headers Twilio puts on every API response, with a fresh {@code Twilio-Request-Id} each time. */
final class TwilioHeaders {

    private final Sids sids;

    TwilioHeaders(Sids sids) {
        this.sids = sids;
    }

    FakeResponse addTo(FakeResponse response) {
        return response.withHeaders(HttpHeaders.of(
                "Twilio-Concurrent-Requests", "1",
                "Twilio-Request-Id", sids.next("RQ"),
                "Twilio-Request-Duration", "0.010",
                "X-Api-Domain", "api.twilio.com",
                "X-Home-Region", "us1",
                "X-Powered-By", "AT-5000",
                "X-Shenanigans", "none",
                "Access-Control-Allow-Origin", "*",
                "Access-Control-Expose-Headers", "ETag"));
    }
}
