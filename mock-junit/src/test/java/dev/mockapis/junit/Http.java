package dev.mockapis.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the fakes the way an application without an SDK would, over java.net.http. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Http() {}

    /** A chat completion of one user message, as {@code POST <openai base URL>/chat/completions}. */
    static HttpResponse<String> chat(String openAiBaseUrl, String userText) {
        String body = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"" + userText + "\"}]}";
        return send(HttpRequest.newBuilder(URI.create(openAiBaseUrl + "/chat/completions"))
                .header("Authorization", "Bearer sk-test")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** {@code GET} of a URL. */
    static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer sk-test")
                .GET()
                .build());
    }

    /** Creates a Twilio message with Basic authentication, as twilio-java does. */
    static HttpResponse<String> createTwilioMessage(
            String twilioBaseUrl, String accountSid, String authToken, String form) {
        String credentials =
                Base64.getEncoder().encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(
                        URI.create(twilioBaseUrl + "/2010-04-01/Accounts/" + accountSid + "/Messages.json"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
