package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.embeddings.EmbeddingModel;
import com.openai.models.models.Model;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ModelsAndEmbeddingsTests {

    @RegisterExtension
    static final OpenAiFakeExtension fake = new OpenAiFakeExtension();

    @Test
    void modelsListTheCurrentChatAndEmbeddingModels() {
        List<Model> models = fake.client().models().list().data();

        assertThat(models).extracting(Model::id).contains("gpt-4o", "gpt-4o-mini", "text-embedding-3-small");
        assertThat(fake.client().models().retrieve("gpt-4o").ownedBy()).isEqualTo("system");
        assertThatThrownBy(() -> fake.client().models().retrieve("gpt-0"))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.code()).hasValue("model_not_found"));
    }

    @Test
    void embeddingsHaveTheModelsDocumentedSizeAndAreDeterministicUnitVectors() {
        List<Float> small = embed(EmbeddingModel.TEXT_EMBEDDING_3_SMALL, "hello");
        List<Float> again = embed(EmbeddingModel.TEXT_EMBEDDING_3_SMALL, "hello");
        List<Float> other = embed(EmbeddingModel.TEXT_EMBEDDING_3_SMALL, "goodbye");

        assertThat(small).hasSize(1536).isEqualTo(again).isNotEqualTo(other);
        assertThat(small.stream().mapToDouble(value -> value * value).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(embed(EmbeddingModel.TEXT_EMBEDDING_3_LARGE, "hello")).hasSize(3072);
        assertThat(embed(EmbeddingModel.TEXT_EMBEDDING_ADA_002, "hello")).hasSize(1536);
    }

    @Test
    void dimensionsShortenTheVectorsOfModelsThatAllowIt() {
        CreateEmbeddingResponse response = fake.client()
                .embeddings()
                .create(EmbeddingCreateParams.builder()
                        .model(EmbeddingModel.TEXT_EMBEDDING_3_LARGE)
                        .input("hello")
                        .dimensions(256)
                        .build());

        assertThat(response.data().get(0).embedding()).hasSize(256);
        assertThatThrownBy(() -> fake.client()
                        .embeddings()
                        .create(EmbeddingCreateParams.builder()
                                .model(EmbeddingModel.TEXT_EMBEDDING_ADA_002)
                                .input("hello")
                                .dimensions(256)
                                .build()))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void floatEncodingGivesTheSameVectorAsTheBase64TheSdkAsksForByDefault() {
        CreateEmbeddingResponse floats = fake.client()
                .embeddings()
                .create(EmbeddingCreateParams.builder()
                        .model(EmbeddingModel.TEXT_EMBEDDING_3_SMALL)
                        .input("hello")
                        .encodingFormat(EmbeddingCreateParams.EncodingFormat.FLOAT)
                        .build());

        assertThat(floats.data().get(0).embeddingValue().isFloats()).isTrue();
        assertThat(floats.data().get(0).embedding()).isEqualTo(embed(EmbeddingModel.TEXT_EMBEDDING_3_SMALL, "hello"));
        assertThat(fake.server().interactions().all().get(1).responseBody()).contains("\"embedding\":\"");
    }

    @Test
    void severalInputsGiveOneIndexedEmbeddingEachAndUsageCountsThem() {
        CreateEmbeddingResponse response = fake.client()
                .embeddings()
                .create(EmbeddingCreateParams.builder()
                        .model(EmbeddingModel.TEXT_EMBEDDING_3_SMALL)
                        .inputOfArrayOfStrings(List.of("one", "two", "six"))
                        .build());

        assertThat(response.data()).extracting(embedding -> embedding.index()).containsExactly(0L, 1L, 2L);
        assertThat(response.usage().promptTokens()).isEqualTo(3);
    }

    private static List<Float> embed(EmbeddingModel model, String text) {
        return fake.client()
                .embeddings()
                .create(EmbeddingCreateParams.builder().model(model).input(text).build())
                .data()
                .get(0)
                .embedding();
    }
}
