package dev.mockapis.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.exception.ApiConnectionException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import dev.mockapis.core.HttpHeaders;
import dev.mockapis.core.Interaction;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** twilio-java's requests, sent to the fake instead of api.twilio.com. */
class RedirectingTwilioHttpClientTests {

    @RegisterExtension
    static final TwilioTestFixture twilio = new TwilioTestFixture();

    @Test
    void requestsCarryTheSdksAuthenticationAndHeaders() {
        Message.creator(new PhoneNumber("+14155550100"), new PhoneNumber("+15005550006"), "Hi")
                .create(twilio.client);

        Interaction create = twilio.server.interactions().all().get(0);
        HttpHeaders headers = create.headers();
        assertThat(create.operationId()).isEqualTo("messages.create");
        assertThat(headers.first("Authorization")).hasValue("Basic " + TwilioTestFixture.ACCOUNT_SID + ":<redacted>");
        assertThat(headers.first("User-Agent"))
                .hasValueSatisfying(agent -> assertThat(agent).startsWith("twilio-java/13."));
        assertThat(headers.first("X-Twilio-Client"))
                .hasValueSatisfying(client -> assertThat(client).startsWith("java-13."));
        assertThat(headers.first("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/x-www-form-urlencoded"));
    }

    @Test
    void aClientConfiguredForARegionAndEdgeStillReachesTheBaseUrl() {
        TwilioRestClient regional = new TwilioRestClient.Builder(
                        TwilioTestFixture.ACCOUNT_SID, TwilioTestFixture.AUTH_TOKEN)
                .region("ie1")
                .edge("dublin")
                .httpClient(twilio.sdkHttp)
                .build();

        Message message = Message.creator(new PhoneNumber("+14155550100"), new PhoneNumber("+15005550006"), "Hi")
                .create(regional);

        assertThat(Message.fetcher(message.getSid()).fetch(regional).getStatus())
                .isEqualTo(Message.Status.SENT);
    }

    @Test
    void onlyABaseUrlWithoutPathIsAccepted() {
        assertThatThrownBy(() -> new RedirectingTwilioHttpClient("http://127.0.0.1:8089/2010-04-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scheme, host and port only");
        assertThatThrownBy(() -> new RedirectingTwilioHttpClient("127.0.0.1:8089"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute http(s) URL");
        try (RedirectingTwilioHttpClient client = new RedirectingTwilioHttpClient("http://127.0.0.1:8089/")) {
            assertThat(client.baseUrl()).isEqualTo("http://127.0.0.1:8089");
        }
    }

    @Test
    void anUnreachableBaseUrlIsTheSdksConnectionError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (RedirectingTwilioHttpClient nowhere = new RedirectingTwilioHttpClient("http://127.0.0.1:" + closedPort)) {
            TwilioRestClient client = new TwilioRestClient.Builder(
                            TwilioTestFixture.ACCOUNT_SID, TwilioTestFixture.AUTH_TOKEN)
                    .httpClient(nowhere)
                    .build();

            assertThatThrownBy(() -> Message.fetcher("SM00000000000000000000000000000000")
                            .fetch(client))
                    .isInstanceOf(ApiConnectionException.class)
                    .hasMessageContaining("http://127.0.0.1:" + closedPort);
        }
    }
}
