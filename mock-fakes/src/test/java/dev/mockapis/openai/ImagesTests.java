package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.models.images.Image;
import com.openai.models.images.ImageCreateVariationParams;
import com.openai.models.images.ImageEditParams;
import com.openai.models.images.ImageGenStreamEvent;
import com.openai.models.images.ImageGenerateParams;
import com.openai.models.images.ImageModel;
import com.openai.models.images.ImagesResponse;
import dev.mockapis.core.InteractionLog;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ImagesTests {

    @RegisterExtension
    static final OpenAiFakeExtension fake = new OpenAiFakeExtension();

    @Test
    void theSdkExamplesImageIsAPngOfTheRequestedSizeAtAUrlTheFakeServes() throws Exception {
        // openai-java-example's ImageGenerationExample
        ImagesResponse response = fake.client()
                .images()
                .generate(ImageGenerateParams.builder()
                        .responseFormat(ImageGenerateParams.ResponseFormat.URL)
                        .prompt("Two cats playing ping-pong")
                        .model(ImageModel.DALL_E_2)
                        .size(ImageGenerateParams.Size._512X512)
                        .n(1)
                        .build());
        SpecSchemas.assertValid("ImagesResponse", SpecSchemas.lastResponseBody(fake.server()));

        String url = response.data().orElseThrow().get(0).url().orElseThrow();
        assertThat(url).startsWith(fake.server().baseUrl() + "/v1/images/generated/img-");
        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(download.body()));
        assertThat(image.getWidth()).isEqualTo(512);
        assertThat(image.getHeight()).isEqualTo(512);
    }

    @Test
    void gptImageAnswersInBase64WithUsageAndTheSamePromptGivesTheSamePicture() {
        ImageGenerateParams params = ImageGenerateParams.builder()
                .model(ImageModel.GPT_IMAGE_1)
                .prompt("A bouquet of tulips")
                .size(ImageGenerateParams.Size._1536X1024)
                .background(ImageGenerateParams.Background.TRANSPARENT)
                .n(2)
                .build();

        // Two 1536x1024 PNGs in base64 are longer than the log keeps, so the check reads the whole answer.
        ImagesResponse response = SpecSchemas.parsed(
                        "ImagesResponse",
                        fake.client().images().withRawResponse().generate(params),
                        ImagesResponse.class)
                .validate();
        ImagesResponse again = fake.client().images().generate(params);

        List<Image> images = response.data().orElseThrow();
        assertThat(images).hasSize(2);
        BufferedImage png = decode(images.get(0).b64Json().orElseThrow());
        assertThat(png.getWidth()).isEqualTo(1536);
        assertThat(png.getHeight()).isEqualTo(1024);
        assertThat(png.getColorModel().hasAlpha()).isTrue();
        assertThat(images.get(0).b64Json())
                .isEqualTo(again.data().orElseThrow().get(0).b64Json());
        assertThat(images.get(0).b64Json()).isNotEqualTo(images.get(1).b64Json());
        assertThat(response.usage().orElseThrow().totalTokens()).isPositive();
        assertThat(response.size()).hasValue(ImagesResponse.Size._1536X1024);
    }

    @Test
    void aStreamedImageSendsItsPartialImagesThenTheFinalOne() {
        // openai-java-example's ImageStreamingExample
        try (StreamResponse<ImageGenStreamEvent> stream = fake.client()
                .images()
                .generateStreaming(ImageGenerateParams.builder()
                        .model(ImageModel.GPT_IMAGE_1)
                        .prompt("A cute baby sea otter")
                        .n(1L)
                        .size(ImageGenerateParams.Size._1024X1024)
                        .partialImages(3L)
                        .build())) {
            List<ImageGenStreamEvent> events = stream.stream().toList();

            assertThat(events).hasSize(4);
            assertThat(events.subList(0, 3))
                    .extracting(event -> event.asGenerationPartialImage().partialImageIndex())
                    .containsExactly(0L, 1L, 2L);
            String last = events.get(3).asGenerationCompleted().b64Json();
            assertThat(decode(last).getWidth()).isEqualTo(1024);
        }
    }

    @Test
    void editsAndVariationsTakeTheUploadedImage() {
        byte[] source = PngEncoder.gradient(64, 64, 42, false);

        ImagesResponse edited = SpecSchemas.parsed(
                        "ImagesResponse",
                        fake.client()
                                .images()
                                .withRawResponse()
                                .edit(ImageEditParams.builder()
                                        .image(source)
                                        .prompt("Add a red ribbon")
                                        .model(ImageModel.GPT_IMAGE_1)
                                        .size(ImageEditParams.Size._1024X1024)
                                        .build()),
                        ImagesResponse.class)
                .validate();
        ImagesResponse variation = fake.client()
                .images()
                .createVariation(ImageCreateVariationParams.builder()
                        .image(source)
                        .size(ImageCreateVariationParams.Size._256X256)
                        .responseFormat(ImageCreateVariationParams.ResponseFormat.B64_JSON)
                        .build());

        assertThat(decode(edited.data().orElseThrow().get(0).b64Json().orElseThrow())
                        .getWidth())
                .isEqualTo(1024);
        assertThat(decode(variation.data().orElseThrow().get(0).b64Json().orElseThrow())
                        .getWidth())
                .isEqualTo(256);
    }

    @Test
    void anImageUrlOpensWithoutTheApiKeyEvenWhenKeysAreRefusedAndAnUnknownNameIs404() throws Exception {
        fake.server().useScenario(OpenAiScenarios.UNAUTHORIZED);
        String url = fake.server().baseUrl() + "/v1/images/generated/img-unknown.png";
        HttpResponse<String> missing = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("img-unknown.png");

        fake.server().useScenario(OpenAiScenarios.SUCCESSFUL_CONVERSATION);
        String served = fake.client()
                .images()
                .generate(ImageGenerateParams.builder()
                        .prompt("A lighthouse")
                        .size(ImageGenerateParams.Size._256X256)
                        .build())
                .data()
                .orElseThrow()
                .get(0)
                .url()
                .orElseThrow();
        fake.server().useScenario(OpenAiScenarios.UNAUTHORIZED);
        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(served)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(download.body())).getWidth())
                .isEqualTo(256);
    }

    @Test
    void theLogKeepsOnlyTheStartOfALargeImageWhileTheClientGetsItWhole() {
        ImagesResponse response = fake.client()
                .images()
                .generate(ImageGenerateParams.builder()
                        .model(ImageModel.GPT_IMAGE_1)
                        .prompt("A field of sunflowers")
                        .size(ImageGenerateParams.Size._1024X1024)
                        .build());

        String logged = fake.server().interactions().all().get(0).responseBody();
        assertThat(logged).hasSizeLessThan(InteractionLog.MAX_BODY_CHARS + 100).contains("…[truncated, ");
        assertThat(decode(response.data().orElseThrow().get(0).b64Json().orElseThrow())
                        .getHeight())
                .isEqualTo(1024);
    }

    @Test
    void aSizeTheModelDoesNotOfferAndSeveralDallE3ImagesAreRefused() {
        assertThatThrownBy(() -> fake.client()
                        .images()
                        .generate(ImageGenerateParams.builder()
                                .model(ImageModel.DALL_E_2)
                                .prompt("x")
                                .size(ImageGenerateParams.Size._1792X1024)
                                .build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("'256x256', '512x512', and '1024x1024'");
        assertThatThrownBy(() -> fake.client()
                        .images()
                        .generate(ImageGenerateParams.builder()
                                .model(ImageModel.DALL_E_3)
                                .prompt("x")
                                .n(2)
                                .build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("n=1");
    }

    private static BufferedImage decode(String base64) {
        try {
            return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
