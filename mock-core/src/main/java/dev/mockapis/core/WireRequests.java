package dev.mockapis.core;

import mockwebserver3.RecordedRequest;
import okio.ByteString;

/** Reads MockWebServer's recorded request into the fakes' own type, so no OkHttp type leaves core. */
final class WireRequests {

    private WireRequests() {}

    static FakeRequest read(RecordedRequest recorded) {
        HttpHeaders.Builder headers = HttpHeaders.builder();
        recorded.getHeaders().forEach(pair -> headers.add(pair.getFirst(), pair.getSecond()));
        ByteString body = recorded.getBody();
        return new FakeRequest(
                recorded.getMethod(),
                recorded.getTarget(),
                headers.build(),
                body == null ? new byte[0] : body.toByteArray());
    }
}
