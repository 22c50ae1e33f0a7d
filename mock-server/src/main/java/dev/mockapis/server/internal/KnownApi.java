package dev.mockapis.server.internal;

import dev.mockapis.anthropic.AnthropicFake;
import dev.mockapis.core.FakeApi;
import dev.mockapis.deepseek.DeepSeekFake;
import dev.mockapis.gemini.GeminiFake;
import dev.mockapis.openai.OpenAiFake;
import dev.mockapis.twilio.TwilioFake;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fakes the server can run, with the path their SDKs expect after the host. Each fake's classes load
 * only when it is chosen.
 */
public enum KnownApi {

    /** OpenAI: base URL ending in {@code /v1}, as the SDKs expect. */
    OPENAI("openai", "/v1"),
    /** Twilio: scheme, host and port only; the API paths start with {@code /2010-04-01}. */
    TWILIO("twilio", ""),
    /** Anthropic: the SDK appends {@code /v1/messages} itself. */
    ANTHROPIC("anthropic", ""),
    /** Gemini: the SDK appends {@code /v1beta/...} itself. */
    GEMINI("gemini", ""),
    /** DeepSeek: OpenAI-compatible paths at the root. */
    DEEPSEEK("deepseek", "");

    private final String id;
    private final String basePath;

    KnownApi(String id, String basePath) {
        this.id = id;
        this.basePath = basePath;
    }

    /** The name used on the command line, in the admin API and in scenario directories. */
    public String id() {
        return id;
    }

    /** What follows the host in the base URL clients are given. */
    public String basePath() {
        return basePath;
    }

    /** A new fake of this api. */
    public FakeApi create(TwilioAccount twilioAccount) {
        Clock clock = Clock.systemUTC();
        return switch (this) {
            case OPENAI -> new OpenAiFake(clock);
            case TWILIO -> new TwilioFake(twilioAccount.accountSid(), twilioAccount.authToken(), clock);
            case ANTHROPIC -> new AnthropicFake(clock);
            case GEMINI -> new GeminiFake(clock);
            case DEEPSEEK -> new DeepSeekFake(clock);
        };
    }

    /** The api of that name, if any. */
    public static Optional<KnownApi> byId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(api -> api.id.equals(wanted)).findFirst();
    }

    /** Every api's name, in order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(KnownApi::id).toList();
    }
}
