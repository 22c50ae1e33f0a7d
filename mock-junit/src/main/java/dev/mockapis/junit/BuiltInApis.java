package dev.mockapis.junit;

import dev.mockapis.anthropic.AnthropicFake;
import dev.mockapis.deepseek.DeepSeekFake;
import dev.mockapis.gemini.GeminiFake;
import dev.mockapis.openai.OpenAiFake;
import dev.mockapis.twilio.TwilioFake;
import java.time.Clock;
import java.util.List;

/**
 * The five provider fakes, with the base paths their official SDKs expect: OpenAI's ends in {@code /v1},
 * the others are the server's root (twilio-java's paths start with {@code /2010-04-01}, anthropic-java
 * appends {@code /v1/messages} itself).
 */
final class BuiltInApis {

    /** Their names, in the order the fakes are listed. */
    static final List<String> NAMES = List.of("openai", TwilioFake.NAME, "anthropic", "gemini", "deepseek");

    private BuiltInApis() {}

    static List<ApiDefinition> definitions(Credentials credentials) {
        return List.of(
                new ApiDefinition("openai", "/v1", () -> new OpenAiFake(Clock.systemUTC())),
                new ApiDefinition(
                        TwilioFake.NAME,
                        "",
                        () -> new TwilioFake(
                                credentials.twilioAccountSid(), credentials.twilioAuthToken(), Clock.systemUTC())),
                new ApiDefinition("anthropic", "", () -> new AnthropicFake(Clock.systemUTC())),
                new ApiDefinition("gemini", "", () -> new GeminiFake(Clock.systemUTC())),
                new ApiDefinition("deepseek", "", () -> new DeepSeekFake(Clock.systemUTC())));
    }
}
