package dev.mockapis.openai;

import com.openai.client.OpenAIClient;
import com.openai.core.MultipartField;
import com.openai.core.http.HttpResponse;
import com.openai.models.files.FileCreateParams;
import com.openai.models.files.FileObject;
import com.openai.models.files.FilePurpose;
import dev.mockapis.core.FakeServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The OpenAI fake of one test class, registered as a static {@code @RegisterExtension} field: started before
 * the class's tests, reset after each, closed after them all. Gives the strict openai-java client of
 * {@link OpenAiFakeSupport} and the file helpers the endpoint tests share.
 */
final class OpenAiFakeExtension implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private FakeServer server;
    private OpenAIClient client;
    private Path dir;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = OpenAiFakeSupport.start();
        client = OpenAiFakeSupport.client(server);
        dir = Files.createTempDirectory("mockapis-openai-");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    FakeServer server() {
        return server;
    }

    /** A client validating every response, without retries. */
    OpenAIClient client() {
        return client;
    }

    /** Uploads UTF-8 text under this file name, as {@code files.create} with the given purpose. */
    FileObject upload(String name, String text, FilePurpose purpose) {
        return upload(name, text.getBytes(StandardCharsets.UTF_8), purpose);
    }

    /** Uploads bytes under this file name, as {@code files.create} with the given purpose. */
    FileObject upload(String name, byte[] content, FilePurpose purpose) {
        return client.files()
                .create(FileCreateParams.builder()
                        .file(MultipartField.<InputStream>builder()
                                .value(new ByteArrayInputStream(content))
                                .filename(name)
                                .build())
                        .purpose(purpose)
                        .build());
    }

    /** A file of this name and content in a folder kept until the class's tests end, for SDK calls taking a path. */
    Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes {@code files.content} serves for this file. */
    byte[] content(String fileId) {
        try (HttpResponse response = client.files().content(fileId)) {
            return response.body().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
