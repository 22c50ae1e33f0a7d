package dev.mockapis.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain {@code java.net.http} client for the notes fake, as an application would write one. */
final class NotesClient {

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;
    private Duration timeout = Duration.ofSeconds(10);

    NotesClient(FakeServer server) {
        this.baseUrl = server.baseUrl();
    }

    NotesClient withTimeout(Duration newTimeout) {
        this.timeout = newTimeout;
        return this;
    }

    HttpResponse<String> post(String path, String json) throws IOException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer sk-secret-token")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    HttpResponse<String> get(String path) throws IOException {
        return send(request(path).GET().build());
    }

    HttpResponse<String> createNote(String text) {
        try {
            return post("/v1/notes", "{\"text\":\"" + text + "\"}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout);
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return http.send(request, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }
}
