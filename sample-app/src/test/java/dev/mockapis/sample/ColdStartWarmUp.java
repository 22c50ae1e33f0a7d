package dev.mockapis.sample;

import static org.awaitility.Awaitility.await;

import dev.mockapis.MockApiServers;
import dev.mockapis.TwilioWebhook;
import dev.mockapis.TwilioWebhookSimulator;
import dev.mockapis.sample.webhook.InboundMessage;
import dev.mockapis.sample.webhook.InboundMessages;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Answers one WhatsApp message before the first test of the JVM, then clears its traces. The first
 * answer in a fresh JVM loads and compiles the whole path (MockMvc, the database and Redis clients,
 * openai-java, twilio-java, the fakes' handlers): on a loaded two-core machine it took about 30 s, once
 * with three attempts at answering (retries, probably after the test profile's 2-second OpenAI timeout),
 * and whichever test happened to run first missed its 30-second wait. Measured there, every later
 * message is answered in well under a second.
 */
class ColdStartWarmUp implements BeforeAllCallback {

    private static final AtomicBoolean DONE = new AtomicBoolean();

    @Override
    public void beforeAll(ExtensionContext extension) throws Exception {
        if (!DONE.compareAndSet(false, true)) {
            return;
        }
        ApplicationContext context = SpringExtension.getApplicationContext(extension);
        TwilioWebhook hello = context.getBean(TwilioWebhookSimulator.class)
                .whatsApp("+15550009999", "Hello")
                .postedTo(WhatsApp.WEBHOOK);
        context.getBean(MockMvc.class).perform(hello.request());
        InboundMessages messages = context.getBean(InboundMessages.class);
        await("the warm-up message answered")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> messages.find(hello.messageSid())
                        .map(message -> message.status() != InboundMessage.Status.RECEIVED)
                        .orElse(false));
        new ApplicationStateReset().afterEach(extension);
        context.getBean(MockApiServers.class).reset();
    }
}
