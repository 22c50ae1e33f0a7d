package dev.mockapis.bench;

import com.openai.client.OpenAIClient;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import dev.mockapis.MockApiServers;
import dev.mockapis.greeter.GreeterClient;
import dev.mockapis.twilioapp.TwilioTestApplication;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures, does not assert: what the starter adds to a context's start-up (median start-and-close
 * time with the fakes enabled and disabled) and what one call to a fake costs. Run with the test
 * classpath: {@code java -cp ... dev.mockapis.bench.StartupAndCallCost}, or with {@code cold true|false}
 * for a single start in a fresh JVM.
 */
public final class StartupAndCallCost {

    private static final int WARMUP = 5;
    private static final int RUNS = 31;
    private static final int CALLS = 2_000;

    private StartupAndCallCost() {}

    public static void main(String[] args) {
        System.setProperty("logging.level.root", "WARN");
        if (args.length == 2 && args[0].equals("cold")) {
            // one start in a fresh JVM: what the first context of a test run pays
            System.out.printf(
                    "cold start+close, fakes %s: %.1f ms%n",
                    args[1], startAndClose(Boolean.parseBoolean(args[1])) / 1e6);
            return;
        }
        for (int i = 0; i < WARMUP; i++) {
            startAndClose(false);
            startAndClose(true);
        }
        List<Long> without = new ArrayList<>();
        List<Long> with = new ArrayList<>();
        List<Long> added = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            // paired and alternating, so that load from elsewhere on the machine hits both sides alike
            without.add(startAndClose(false));
            with.add(startAndClose(true));
            added.add(with.get(i) - without.get(i));
        }
        System.out.printf("context start+close, fakes disabled: median %.1f ms%n", median(without) / 1e6);
        System.out.printf("context start+close, fakes enabled:  median %.1f ms%n", median(with) / 1e6);
        System.out.printf(
                "added by the starter:                median of paired differences %.1f ms%n", median(added) / 1e6);
        callCost();
    }

    private static long startAndClose(boolean enabled) {
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = application().run("--mockapis.enabled=" + enabled)) {
            if (enabled) {
                context.getBean(MockApiServers.class)
                        .apis()
                        .forEach(api -> context.getBean(MockApiServers.class).server(api));
            }
        }
        return System.nanoTime() - started;
    }

    private static void callCost() {
        try (ConfigurableApplicationContext context = application().run("--mockapis.enabled=true")) {
            MockApiServers servers = context.getBean(MockApiServers.class);
            GreeterClient greeter = new GreeterClient(servers.baseUrl("greeter"));
            TwilioRestClient twilio = context.getBean(TwilioRestClient.class);
            OpenAIClient openAi = context.getBean(OpenAIClient.class);
            ChatCompletionCreateParams chat = ChatCompletionCreateParams.builder()
                    .model(ChatModel.GPT_4O_MINI)
                    .addUserMessage("Hi")
                    .build();
            List<Long> http = new ArrayList<>();
            List<Long> sdk = new ArrayList<>();
            List<Long> llm = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                long started = System.nanoTime();
                greeter.list();
                http.add(System.nanoTime() - started);
                started = System.nanoTime();
                Message.creator(
                                new PhoneNumber("whatsapp:+15551234567"),
                                new PhoneNumber("whatsapp:+14155238886"),
                                "Hi")
                        .create(twilio);
                sdk.add(System.nanoTime() - started);
                started = System.nanoTime();
                openAi.chat().completions().create(chat);
                llm.add(System.nanoTime() - started);
                if (i % 500 == 0) {
                    servers.running().forEach(server -> server.reset());
                }
            }
            List<Long> warmHttp = http.subList(CALLS / 2, CALLS);
            List<Long> warmSdk = sdk.subList(CALLS / 2, CALLS);
            List<Long> warmLlm = llm.subList(CALLS / 2, CALLS);
            System.out.printf(
                    "one call, java.net.http -> greeter fake (GET list): median %.3f ms, p99 %.3f ms%n",
                    median(warmHttp) / 1e6, percentile(warmHttp, 0.99) / 1e6);
            System.out.printf(
                    "one call, twilio-java -> Twilio fake (messages.create): median %.3f ms, p99 %.3f ms%n",
                    median(warmSdk) / 1e6, percentile(warmSdk, 0.99) / 1e6);
            System.out.printf(
                    "one call, openai-java -> OpenAI fake (chat.completions.create): median %.3f ms, p99 %.3f ms%n",
                    median(warmLlm) / 1e6, percentile(warmLlm, 0.99) / 1e6);
        }
    }

    private static SpringApplication application() {
        SpringApplication application = new SpringApplication(TwilioTestApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        return application;
    }

    private static double median(List<Long> values) {
        return percentile(values, 0.5);
    }

    private static double percentile(List<Long> values, double quantile) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(quantile * (sorted.size() - 1))));
    }
}
