package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.core.http.HttpResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.models.videos.Video;
import com.openai.models.videos.VideoCreateParams;
import com.openai.models.videos.VideoDeleteResponse;
import com.openai.models.videos.VideoDownloadContentParams;
import com.openai.models.videos.VideoListParams;
import com.openai.models.videos.VideoModel;
import com.openai.models.videos.VideoRemixParams;
import com.openai.models.videos.VideoSeconds;
import com.openai.models.videos.VideoSize;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VideosTests {

    @RegisterExtension
    static final OpenAiFakeExtension openai = new OpenAiFakeExtension();

    @Test
    void aJobAdvancesOneStepPerRetrieveAndThenServesAnMp4OfItsSizeAndDuration() {
        Video created = openai.client()
                .videos()
                .create(VideoCreateParams.builder()
                        .prompt("A calico cat playing a piano on stage")
                        .model(VideoModel.SORA_2_PRO)
                        .size(VideoSize._1280X720)
                        .seconds(VideoSeconds._8)
                        .build());
        SpecSchemas.assertValid("VideoResource", SpecSchemas.lastResponseBody(openai.server()));
        assertThat(created.id()).matches("video_[0-9a-f]{32}");
        assertThat(created.status()).isEqualTo(Video.Status.QUEUED);
        assertThat(created.progress()).isZero();
        assertThat(created.prompt()).hasValue("A calico cat playing a piano on stage");
        assertThat(created.completedAt()).isEmpty();
        assertThatThrownBy(() -> download(created.id(), VideoDownloadContentParams.Variant.VIDEO))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Video is not ready yet");

        List<String> seen = new ArrayList<>();
        Video polled = created;
        while (!polled.status().equals(Video.Status.COMPLETED) && seen.size() < 10) {
            polled = openai.client().videos().retrieve(created.id());
            SpecSchemas.assertValid("VideoResource", SpecSchemas.lastResponseBody(openai.server()));
            seen.add(polled.status() + " " + polled.progress());
        }

        assertThat(seen).containsExactly("in_progress 30", "in_progress 70", "completed 100");
        assertThat(polled.completedAt()).hasValue(OpenAiFakeSupport.NOW.getEpochSecond());
        assertThat(polled.expiresAt()).hasValue(OpenAiFakeSupport.NOW.getEpochSecond() + 3600);
        assertThat(polled.model()).isEqualTo(VideoModel.SORA_2_PRO);
        assertThat(polled.error()).isEmpty();

        byte[] mp4 = download(created.id(), VideoDownloadContentParams.Variant.VIDEO);
        Mp4 movie = new Mp4(mp4);
        assertThat(movie.topLevelTypes()).containsExactly("ftyp", "moov");
        assertThat(movie.durationSeconds()).isEqualTo(8.0);
        assertThat(movie.trackWidth()).isEqualTo(1280);
        assertThat(movie.trackHeight()).isEqualTo(720);
        assertThat(openai.server()
                        .interactions()
                        .all()
                        .get(openai.server().interactions().all().size() - 1)
                        .operationId())
                .isEqualTo("videos.download_content");
    }

    @Test
    void theThumbnailIsAWebpAndTheSpritesheetAJpegWithAFramePerSecond() throws IOException {
        Video video = completed(openai.client()
                .videos()
                .create(VideoCreateParams.builder()
                        .prompt("Waves at dusk")
                        .seconds(VideoSeconds._12)
                        .build()));
        assertThat(video.size()).isEqualTo(VideoSize._720X1280);

        byte[] webp = download(video.id(), VideoDownloadContentParams.Variant.THUMBNAIL);
        ByteBuffer header = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(webp, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(header.getInt(4)).isEqualTo(webp.length - 8);
        assertThat(new String(webp, 8, 8, StandardCharsets.US_ASCII)).isEqualTo("WEBPVP8L");
        assertThat(webp[20]).isEqualTo((byte) 0x2F);
        int size = header.getInt(21);
        assertThat((size & 0x3FFF) + 1).isEqualTo(720);
        assertThat((size >>> 14 & 0x3FFF) + 1).isEqualTo(1280);

        BufferedImage sprites = ImageIO.read(
                new ByteArrayInputStream(download(video.id(), VideoDownloadContentParams.Variant.SPRITESHEET)));
        assertThat(sprites.getWidth()).isEqualTo(4 * 128);
        assertThat(sprites.getHeight()).isEqualTo(3 * 224);
        assertThat(sprites.getRGB(4, 4)).isNotEqualTo(sprites.getRGB(3 * 128 + 4, 2 * 224 + 4));
    }

    @Test
    void aRemixOfACompletedVideoKeepsItsSizeAndNamesItsSource() {
        Video source = openai.client()
                .videos()
                .create(VideoCreateParams.builder()
                        .prompt("A calico cat playing a piano on stage")
                        .size(VideoSize._1024X1792)
                        .build());
        assertThatThrownBy(() -> openai.client()
                        .videos()
                        .remix(VideoRemixParams.builder()
                                .videoId(source.id())
                                .prompt("The cat takes a bow")
                                .build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("only completed videos can be remixed");
        completed(source);

        Video remix = openai.client()
                .videos()
                .remix(VideoRemixParams.builder()
                        .videoId(source.id())
                        .prompt("The cat takes a bow")
                        .build());

        SpecSchemas.assertValid("VideoResource", SpecSchemas.lastResponseBody(openai.server()));
        assertThat(remix.id()).isNotEqualTo(source.id());
        assertThat(remix.remixedFromVideoId()).hasValue(source.id());
        assertThat(remix.size()).isEqualTo(VideoSize._1024X1792);
        assertThat(remix.seconds()).isEqualTo(VideoSeconds._4);
        assertThat(remix.status()).isEqualTo(Video.Status.QUEUED);
    }

    @Test
    void videosAreListedNewestFirstAndDeletedForGood() {
        List<String> ids = new ArrayList<>();
        for (String prompt : List.of("one", "two", "three")) {
            ids.add(openai.client()
                    .videos()
                    .create(VideoCreateParams.builder().prompt(prompt).build())
                    .id());
        }

        List<String> listed = new ArrayList<>();
        openai.client()
                .videos()
                .list(VideoListParams.builder().limit(2).build())
                .autoPager()
                .forEach(video -> listed.add(video.id()));
        SpecSchemas.assertValid("VideoListResource", SpecSchemas.lastResponseBody(openai.server()));
        assertThat(listed).containsExactly(ids.get(2), ids.get(1), ids.get(0));

        VideoDeleteResponse deleted = openai.client().videos().delete(ids.get(1));
        SpecSchemas.assertValid("DeletedVideoResource", SpecSchemas.lastResponseBody(openai.server()));
        assertThat(deleted.id()).isEqualTo(ids.get(1));
        assertThat(deleted.deleted()).isTrue();
        assertThatThrownBy(() -> openai.client().videos().retrieve(ids.get(1)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining(ids.get(1));
    }

    @Test
    void underVideoFailedAJobFailsWhileInProgressWithAnError() {
        openai.server().useScenario(OpenAiScenarios.VIDEO_FAILED);
        Video video = openai.client()
                .videos()
                .create(VideoCreateParams.builder().prompt("A crowded stadium").build());

        assertThat(openai.client().videos().retrieve(video.id()).status()).isEqualTo(Video.Status.IN_PROGRESS);
        Video failed = openai.client().videos().retrieve(video.id());

        SpecSchemas.assertValid("VideoResource", SpecSchemas.lastResponseBody(openai.server()));
        assertThat(failed.status()).isEqualTo(Video.Status.FAILED);
        assertThat(failed.error().orElseThrow().code()).isEqualTo("moderation_blocked");
        assertThat(failed.completedAt()).isEmpty();
        assertThat(openai.client().videos().retrieve(video.id()).status()).isEqualTo(Video.Status.FAILED);
        assertThatThrownBy(() -> download(video.id(), VideoDownloadContentParams.Variant.VIDEO))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void sizesAndDurationsTheApiDoesNotOfferAreRefused() {
        assertThatThrownBy(() -> openai.client()
                        .videos()
                        .create(VideoCreateParams.builder()
                                .prompt("A cat")
                                .size(VideoSize.of("640x480"))
                                .build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("Invalid value: '640x480'");
        assertThatThrownBy(() -> openai.client()
                        .videos()
                        .create(VideoCreateParams.builder()
                                .prompt("A cat")
                                .seconds(VideoSeconds.of("5"))
                                .build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("Supported values are: '4', '8', and '12'.");
    }

    @Test
    void aJsonBodyCreatesAJobToo() throws Exception {
        java.net.http.HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(openai.server().baseUrl() + "/v1/videos"))
                                .header("Authorization", "Bearer sk-test")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"prompt\":\"A cat\",\"seconds\":\"12\",\"size\":\"1792x1024\"}"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        SpecSchemas.assertValid("VideoResource", response.body());
        assertThat(response.body()).contains("\"seconds\":\"12\"", "\"size\":\"1792x1024\"", "\"model\":\"sora-2\"");
    }

    private static Video completed(Video video) {
        Video polled = video;
        for (int i = 0; i < 10 && !polled.status().equals(Video.Status.COMPLETED); i++) {
            polled = openai.client().videos().retrieve(video.id());
        }
        assertThat(polled.status()).isEqualTo(Video.Status.COMPLETED);
        return polled;
    }

    private static byte[] download(String id, VideoDownloadContentParams.Variant variant) {
        try (HttpResponse response = openai.client()
                        .videos()
                        .downloadContent(VideoDownloadContentParams.builder()
                                .videoId(id)
                                .variant(variant)
                                .build());
                InputStream body = response.body()) {
            return body.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the boxes of an MP4 file, as a player would: sizes, types and the headers' fields. */
    private record Mp4(byte[] bytes) {

        List<String> topLevelTypes() {
            List<String> types = new ArrayList<>();
            for (int at = 0; at < bytes.length; at += box(at).getInt(0)) {
                assertThat(box(at).getInt(0)).isGreaterThanOrEqualTo(8);
                types.add(type(at));
            }
            return types;
        }

        double durationSeconds() {
            ByteBuffer mvhd = box(find(0, bytes.length, "moov", "mvhd"));
            return (double) mvhd.getInt(24) / mvhd.getInt(20);
        }

        int trackWidth() {
            return box(find(0, bytes.length, "moov", "trak", "tkhd")).getInt(84) >>> 16;
        }

        int trackHeight() {
            return box(find(0, bytes.length, "moov", "trak", "tkhd")).getInt(88) >>> 16;
        }

        private int find(int from, int to, String... path) {
            for (int at = from; at < to; at += box(at).getInt(0)) {
                if (type(at).equals(path[0])) {
                    return path.length == 1
                            ? at
                            : find(at + 8, at + box(at).getInt(0), java.util.Arrays.copyOfRange(path, 1, path.length));
                }
            }
            throw new AssertionError("no " + String.join("/", path) + " box");
        }

        private ByteBuffer box(int at) {
            return ByteBuffer.wrap(bytes, at, bytes.length - at).slice();
        }

        private String type(int at) {
            return new String(bytes, at + 4, 4, StandardCharsets.US_ASCII);
        }
    }
}
