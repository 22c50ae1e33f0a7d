package dev.mockapis.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.google.genai.Client;
import com.google.genai.errors.ClientException;
import com.google.genai.types.CachedContent;
import com.google.genai.types.Content;
import com.google.genai.types.CreateCachedContentConfig;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.GenerateContentResponseUsageMetadata;
import com.google.genai.types.Part;
import com.google.genai.types.UpdateCachedContentConfig;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Interaction;
import dev.mockapis.fixtures.SteppingClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GeminiCachesTests {

    /** About 1,300 tokens: above the 1,024 Gemini needs for a cache on a Flash model. */
    private static final String MANUAL =
            "The espresso machine must be descaled every month with citric acid. ".repeat(75);

    private final SteppingClock clock = new SteppingClock();
    private final FakeServer server = FakeServer.start(new GeminiFake(clock));
    private final Client client = GeminiClients.strict(server);

    @AfterEach
    void stop() {
        server.close();
    }

    private CachedContent cacheManual() {
        return client.caches.create(
                GeminiClients.MODEL,
                CreateCachedContentConfig.builder()
                        .displayName("manual")
                        .systemInstruction(Content.fromParts(Part.fromText("Answer from the manual.")))
                        .contents(List.of(Content.fromParts(Part.fromText(MANUAL))))
                        .ttl(Duration.ofMinutes(10))
                        .build());
    }

    @Test
    void aCachedContentIsCountedInUsageAndLivesItsTtlOnTheFakesClock() {
        CachedContent cache = cacheManual();
        assertThat(cache.name()).hasValueSatisfying(name -> assertThat(name).matches("cachedContents/[a-z0-9]{40}"));
        assertThat(cache.model()).contains("models/gemini-2.5-flash");
        assertThat(cache.displayName()).contains("manual");
        assertThat(cache.expireTime()).contains(clock.instant().plus(Duration.ofMinutes(10)));
        int cachedTokens = cache.usageMetadata().orElseThrow().totalTokenCount().orElseThrow();
        assertThat(cachedTokens).isGreaterThanOrEqualTo(1024);
        String name = cache.name().orElseThrow();

        GenerateContentResponse withCache = client.models.generateContent(
                GeminiClients.MODEL,
                "How often do I descale?",
                GenerateContentConfig.builder().cachedContent(name).build());
        GenerateContentResponse without =
                client.models.generateContent(GeminiClients.MODEL, "How often do I descale?", null);
        GenerateContentResponseUsageMetadata usage = withCache.usageMetadata().orElseThrow();
        assertThat(usage.cachedContentTokenCount()).contains(cachedTokens);
        assertThat(usage.promptTokenCount())
                .contains(cachedTokens
                        + without.usageMetadata()
                                .orElseThrow()
                                .promptTokenCount()
                                .orElseThrow());
        assertThat(without.usageMetadata().orElseThrow().cachedContentTokenCount())
                .isEmpty();

        assertThat(client.caches.get(name, null).displayName()).contains("manual");
        assertThat(client.caches.list(null))
                .extracting(cached -> cached.name().orElseThrow())
                .containsExactly(name);
        CachedContent longer = client.caches.update(
                name,
                UpdateCachedContentConfig.builder().ttl(Duration.ofHours(2)).build());
        assertThat(longer.expireTime()).contains(clock.instant().plus(Duration.ofHours(2)));

        clock.advance(Duration.ofHours(2));
        assertThatThrownBy(() -> client.caches.get(name, null))
                .asInstanceOf(type(ClientException.class))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(403);
                    assertThat(e.status()).isEqualTo("PERMISSION_DENIED");
                    assertThat(e.message()).isEqualTo("CachedContent not found (or permission denied)");
                });
        assertThatThrownBy(() -> client.models.generateContent(
                        GeminiClients.MODEL,
                        "Again?",
                        GenerateContentConfig.builder().cachedContent(name).build()))
                .asInstanceOf(type(ClientException.class))
                .satisfies(e -> assertThat(e.code()).isEqualTo(403));
        assertThat(client.caches.list(null)).isEmpty();
    }

    @Test
    void aDeletedCacheIsGoneAndARequestSettingWhatTheCacheHoldsIsRefused() {
        String name = cacheManual().name().orElseThrow();
        assertThatThrownBy(() -> client.models.generateContent(
                        GeminiClients.MODEL,
                        "How often?",
                        GenerateContentConfig.builder()
                                .cachedContent(name)
                                .systemInstruction(Content.fromParts(Part.fromText("Be brief.")))
                                .build()))
                .asInstanceOf(type(ClientException.class))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.message())
                            .startsWith("CachedContent can not be used with GenerateContent request setting "
                                    + "system_instruction, tools or tool_config.");
                });
        assertThatThrownBy(() -> client.models.generateContent(
                        "gemini-2.5-pro",
                        "How often?",
                        GenerateContentConfig.builder().cachedContent(name).build()))
                .asInstanceOf(type(ClientException.class))
                .satisfies(e -> assertThat(e.message())
                        .isEqualTo("Model used by GenerateContent request (models/gemini-2.5-pro) and CachedContent "
                                + "(models/gemini-2.5-flash) has to be the same."));

        client.caches.delete(name, null);

        assertThatThrownBy(() -> client.caches.get(name, null))
                .asInstanceOf(type(ClientException.class))
                .satisfies(e -> assertThat(e.code()).isEqualTo(403));
        assertThat(server.interactions().all())
                .extracting(Interaction::operationId)
                .containsExactly(
                        "caches.create",
                        "models.generate_content",
                        "models.generate_content",
                        "caches.delete",
                        "caches.get");
    }

    @Test
    void aCacheBelowTheModelsMinimumIsRefusedAsGoogleRefusesIt() {
        assertThatThrownBy(() -> client.caches.create(
                        GeminiClients.MODEL,
                        CreateCachedContentConfig.builder()
                                .contents(List.of(Content.fromParts(Part.fromText("Too short to cache."))))
                                .build()))
                .asInstanceOf(type(ClientException.class))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.message())
                            .isEqualTo("Cached content is too small. total_token_count=5, min_total_token_count=1024");
                });
    }
}
