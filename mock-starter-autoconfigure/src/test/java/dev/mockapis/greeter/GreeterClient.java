package dev.mockapis.greeter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The kind of client an application configures by property: it reads {@code greeter.client.url}. */
public final class GreeterClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public GreeterClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public HttpResponse<String> greet(String name) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/greetings"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer greeter-secret")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}"))
                .build());
    }

    public HttpResponse<String> list() {
        return send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/greetings")).GET().build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
