package dev.mockapis.benchmarks;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.ServerLimits;
import dev.mockapis.openai.OpenAiFake;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

/**
 * Runs in the JVM {@link MemoryBound} forks: starts the OpenAI fake with a given log budget, measures the
 * heap after GC while idle, sends large prompts and aborted uploads, and measures it again.
 * Arguments: log budget in bytes, requests, aborted uploads. Prints one {@code RESULT} line.
 */
final class MemoryLoad {

    static final int PROMPT_BYTES = 100 * 1024;

    private MemoryLoad() {}

    public static void main(String[] args) throws Exception {
        long maxBytes = Long.parseLong(args[0]);
        int requests = Integer.parseInt(args[1]);
        int aborted = Integer.parseInt(args[2]);
        try (FakeServer fake = FakeServer.start(
                new OpenAiFake(Clock.systemUTC()), ServerLimits.defaults().withLogMaxBytes(maxBytes))) {
            OpenAIClient client = OpenAIOkHttpClient.builder()
                    .baseUrl(fake.baseUrl() + "/v1")
                    .apiKey("sk-bench")
                    .build();
            ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
                    .model("gpt-4o-mini")
                    .addUserMessage("x".repeat(PROMPT_BYTES))
                    .build();
            client.chat().completions().create(params);
            fake.interactions().clear();
            long idle = heapAfterGc();
            for (int i = 0; i < requests; i++) {
                client.chat().completions().create(params);
            }
            for (int i = 0; i < aborted; i++) {
                abortUpload(fake.port());
            }
            long loaded = heapAfterGc();
            System.out.printf(
                    Locale.ROOT,
                    "RESULT idle=%d loaded=%d logged=%d estimated=%d dropped=%d%n",
                    idle,
                    loaded,
                    fake.interactions().size(),
                    fake.interactions().retainedBytes(),
                    fake.interactions().droppedCount());
        }
        System.exit(0);
    }

    /** Headers announcing 10 MB, a tenth of a megabyte of body, then the connection closes. */
    private static void abortUpload(int port) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer sk-bench\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 10000000\r\n\r\n{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write("y".repeat(PROMPT_BYTES).getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
