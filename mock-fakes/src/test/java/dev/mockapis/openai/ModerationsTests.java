package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.errors.BadRequestException;
import com.openai.errors.InternalServerException;
import com.openai.models.moderations.Moderation;
import com.openai.models.moderations.ModerationCreateParams;
import com.openai.models.moderations.ModerationCreateResponse;
import com.openai.models.moderations.ModerationImageUrlInput;
import com.openai.models.moderations.ModerationModel;
import com.openai.models.moderations.ModerationMultiModalInput;
import com.openai.models.moderations.ModerationTextInput;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioFiles;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModerationsTests {

    private static FakeServer openai;
    private static OpenAIClient client;

    @BeforeAll
    static void start() {
        openai = OpenAiFakeSupport.start();
        client = OpenAiFakeSupport.client(openai);
    }

    @AfterAll
    static void stop() {
        openai.close();
    }

    @AfterEach
    void reset() {
        openai.reset();
    }

    @Test
    void theSdkExamplesThreatIsFlaggedAsOmniModerationWouldFlagIt() {
        // openai-java-example's ModerationsExample
        ModerationCreateResponse response = client.moderations()
                .create(ModerationCreateParams.builder()
                        .input("I want to kill them.")
                        .model(ModerationModel.OMNI_MODERATION_LATEST)
                        .build());

        assertThat(response.id()).matches("modr-[0-9a-f]{32}");
        assertThat(response.model()).isEqualTo("omni-moderation-latest");
        Moderation result = response.results().get(0);
        assertThat(result.flagged()).isTrue();
        assertThat(result.categories().violence()).isTrue();
        assertThat(result.categories().harassmentThreatening()).isTrue();
        assertThat(result.categories().sexual()).isFalse();
        assertThat(result.categoryScores().violence()).isGreaterThan(0.9);
        assertThat(result.categoryScores().sexual()).isLessThan(0.01);
        assertThat(result.categoryAppliedInputTypes().violence())
                .containsExactly(Moderation.CategoryAppliedInputTypes.Violence.TEXT);
        SpecSchemas.assertValid("CreateModerationResponse", SpecSchemas.lastResponseBody(openai));
    }

    @Test
    void eachStringGetsItsOwnResultWithTheSameScoresEveryTime() {
        ModerationCreateParams params = ModerationCreateParams.builder()
                .inputOfStrings(List.of("Lovely flowers, thank you!", "You are an idiot"))
                .build();

        List<Moderation> results = client.moderations().create(params).results();
        List<Moderation> again = client.moderations().create(params).results();

        assertThat(results).extracting(Moderation::flagged).containsExactly(false, true);
        assertThat(results.get(1).categories().harassment()).isTrue();
        assertThat(results)
                .extracting(Moderation::categoryScores)
                .isEqualTo(again.stream().map(Moderation::categoryScores).toList());
        SpecSchemas.assertValid("CreateModerationResponse", SpecSchemas.lastResponseBody(openai));
    }

    @Test
    void textAndImagePartsGetOneResultNamingTheInputTypesEachCategoryApplies() {
        ModerationCreateResponse response = client.moderations()
                .create(ModerationCreateParams.builder()
                        .inputOfModerationMultiModalArray(List.of(
                                ModerationMultiModalInput.ofText(ModerationTextInput.builder()
                                        .text("Is this bouquet ok?")
                                        .build()),
                                ModerationMultiModalInput.ofImageUrl(ModerationImageUrlInput.builder()
                                        .imageUrl(ModerationImageUrlInput.ImageUrl.builder()
                                                .url("https://example.com/bouquet.png")
                                                .build())
                                        .build())))
                        .build());

        assertThat(response.results()).hasSize(1);
        Moderation result = response.results().get(0);
        assertThat(result.flagged()).isFalse();
        assertThat(result.categoryAppliedInputTypes().violence())
                .containsExactly(
                        Moderation.CategoryAppliedInputTypes.Violence.TEXT,
                        Moderation.CategoryAppliedInputTypes.Violence.IMAGE);
        assertThat(result.categoryAppliedInputTypes().hate())
                .containsExactly(Moderation.CategoryAppliedInputTypes.Hate.TEXT);
        SpecSchemas.assertValid("CreateModerationResponse", SpecSchemas.lastResponseBody(openai));
    }

    @Test
    void theFlaggedScenarioFlagsEveryInput() {
        openai.useScenario(OpenAiScenarios.FLAGGED);

        Moderation result = client.moderations()
                .create(ModerationCreateParams.builder().input("Lovely flowers").build())
                .results()
                .get(0);

        assertThat(result.flagged()).isTrue();
        assertThat(result.categories().harassment()).isTrue();
        assertThat(result.categories().violence()).isTrue();
        assertThat(result.categories().hate()).isFalse();
    }

    @Test
    void aScenarioFlagsTheWordsItConfigures() {
        openai.useScenario(Scenario.builder("strict")
                .on(
                        "moderations.create",
                        rule -> rule.proceedWith(ModerationPolicy.flagNothing().flag("harassment", "cheap")))
                .build());

        List<Moderation> results = client.moderations()
                .create(ModerationCreateParams.builder()
                        .inputOfStrings(List.of("Your roses are CHEAP!", "cheapest roses", "kill the weeds"))
                        .build())
                .results();

        assertThat(results).extracting(Moderation::flagged).containsExactly(true, false, false);
    }

    @Test
    void aScenarioFileFlagsWithTheSameWords() {
        openai.useScenario(ScenarioFiles.read("flag.yaml", """
                rules:
                  - operation: moderations.create
                    steps:
                      - proceed: { flag: { sexual: [lingerie] }, flagAll: [illicit] }
                """, openai.api()));

        Moderation result = client.moderations()
                .create(ModerationCreateParams.builder()
                        .input("Do you sell lingerie?")
                        .build())
                .results()
                .get(0);

        assertThat(result.categories().sexual()).isTrue();
        assertThat(result.categories().illicit()).hasValue(true);
        assertThat(result.categories().violence()).isFalse();
    }

    @Test
    void anUnknownCategoryIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> ModerationPolicy.flagNothing().flag("rudeness", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("known: hate, hate/threatening");
    }

    @Test
    void moderationFailsWithTheModelCallsInTheServerErrorScenario() {
        openai.useScenario(OpenAiScenarios.SERVER_ERROR);

        assertThatThrownBy(() -> client.moderations()
                        .create(ModerationCreateParams.builder().input("hi").build()))
                .isInstanceOf(InternalServerException.class);
    }

    @Test
    void anEmptyInputArrayIsABadRequest() {
        assertThatThrownBy(() -> client.moderations()
                        .create(ModerationCreateParams.builder()
                                .inputOfStrings(List.of())
                                .build()))
                .isInstanceOfSatisfying(
                        BadRequestException.class, e -> assertThat(e.code()).hasValue("empty_array"));
    }
}
