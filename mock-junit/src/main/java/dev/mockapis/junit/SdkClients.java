package dev.mockapis.junit;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.twilio.http.TwilioRestClient;
import dev.mockapis.twilio.RedirectingTwilioHttpClient;

/**
 * The official SDK clients pointed at the fakes. Loaded only when a test asks for one of these
 * clients, so it runs only where that SDK is on the classpath.
 */
final class SdkClients {

    private SdkClients() {}

    static OpenAiClient openAi(String baseUrl, String apiKey) {
        return new OpenAiClient(
                OpenAIOkHttpClient.builder().baseUrl(baseUrl).apiKey(apiKey).build());
    }

    static TwilioClient twilio(String baseUrl, Credentials credentials) {
        RedirectingTwilioHttpClient http = new RedirectingTwilioHttpClient(baseUrl);
        TwilioRestClient client = new TwilioRestClient.Builder(
                        credentials.twilioAccountSid(), credentials.twilioAuthToken())
                .httpClient(http)
                .build();
        return new TwilioClient(client, http);
    }

    /** An openai-java client, closed with the fakes. */
    record OpenAiClient(OpenAIClient client) implements AutoCloseable {

        @Override
        public void close() {
            client.close();
        }
    }

    /** A twilio-java client and the connection pool it owns, closed with the fakes. */
    record TwilioClient(TwilioRestClient client, RedirectingTwilioHttpClient http) implements AutoCloseable {

        @Override
        public void close() {
            http.close();
        }
    }
}
