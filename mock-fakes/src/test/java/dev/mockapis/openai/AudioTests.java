package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.core.http.HttpResponse;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.InternalServerException;
import com.openai.models.audio.AudioModel;
import com.openai.models.audio.AudioResponseFormat;
import com.openai.models.audio.speech.SpeechCreateParams;
import com.openai.models.audio.speech.SpeechModel;
import com.openai.models.audio.transcriptions.Transcription;
import com.openai.models.audio.transcriptions.TranscriptionCreateParams;
import com.openai.models.audio.transcriptions.TranscriptionStreamEvent;
import com.openai.models.audio.transcriptions.TranscriptionVerbose;
import com.openai.models.audio.translations.TranslationCreateParams;
import dev.mockapis.core.RequestMatcher;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AudioTests {

    @RegisterExtension
    static final OpenAiFakeExtension openai = new OpenAiFakeExtension();

    private static final String ORDER = "I would like two dozen red roses. Please deliver them on Friday.";

    @Test
    void speechIsAWavTheJdkCanReadWhoseLengthFollowsTheText() throws Exception {
        byte[] shortWav = speech("Hello there.", SpeechCreateParams.ResponseFormat.WAV);
        byte[] longWav = speech(ORDER, SpeechCreateParams.ResponseFormat.WAV);

        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(longWav))) {
            AudioFormat format = audio.getFormat();
            assertThat(format.getSampleRate()).isEqualTo(24_000f);
            assertThat(format.getChannels()).isEqualTo(1);
            assertThat(format.getSampleSizeInBits()).isEqualTo(16);
            assertThat(audio.getFrameLength()).isGreaterThan(24_000L);
        }
        assertThat(longWav.length).isGreaterThan(shortWav.length * 3);
    }

    @Test
    void everySpeechFormatStartsWithItsFormatsSignatureAndCarriesWellFormedFrames() {
        byte[] mp3 = speech(ORDER, SpeechCreateParams.ResponseFormat.MP3);
        byte[] flac = speech(ORDER, SpeechCreateParams.ResponseFormat.FLAC);
        byte[] opus = speech(ORDER, SpeechCreateParams.ResponseFormat.OPUS);
        byte[] aac = speech(ORDER, SpeechCreateParams.ResponseFormat.AAC);
        byte[] pcm = speech(ORDER, SpeechCreateParams.ResponseFormat.PCM);

        assertThat(new String(mp3, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("ID3");
        int id3Size = (mp3[6] << 21) | (mp3[7] << 14) | (mp3[8] << 7) | mp3[9];
        assertThat(mp3[10 + id3Size] & 0xFF).isEqualTo(0xFF);
        assertThat(mp3[11 + id3Size] & 0xE0).isEqualTo(0xE0);
        assertThat(new String(flac, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("fLaC");
        assertThat(new String(opus, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("OggS");
        assertThat(new String(opus, 28, 8, StandardCharsets.ISO_8859_1)).isEqualTo("OpusHead");
        assertThat(aac[0] & 0xFF).isEqualTo(0xFF);
        assertThat(aac[1] & 0xF6).isEqualTo(0xF0);
        // 16-bit samples at 24 kHz, about 0.4 s a word
        assertThat(pcm.length).isBetween(2 * 24_000 * 4, 2 * 24_000 * 6);
    }

    @Test
    void aTranscriptionOfTheFakesOwnSpeechReadsTheTextBack() {
        for (SpeechCreateParams.ResponseFormat format : List.of(
                SpeechCreateParams.ResponseFormat.WAV,
                SpeechCreateParams.ResponseFormat.MP3,
                SpeechCreateParams.ResponseFormat.FLAC,
                SpeechCreateParams.ResponseFormat.OPUS)) {
            Path file = openai.write("reply." + format.asString(), speech(ORDER, format));

            Transcription transcription = openai.client()
                    .audio()
                    .transcriptions()
                    .create(TranscriptionCreateParams.builder()
                            .file(file)
                            .model(AudioModel.GPT_4O_TRANSCRIBE)
                            .build())
                    .asTranscription();

            assertThat(transcription.text()).as(format.asString()).isEqualTo(ORDER);
        }
        SpecSchemas.assertValid("CreateTranscriptionResponseJson", SpecSchemas.lastResponseBody(openai.server()));
    }

    @Test
    void theSdkExamplesTranscribeAnUploadedFileInEveryFormat() {
        // openai-java-example's AudioTranscriptionsExample and AudioTranscriptionsVttExample
        Path sports = openai.write("sports.wav", AudioEncoder.wav(new short[24_000 * 3], ""));
        openai.server()
                .useScenario(Scenario.builder("sports")
                        .on(
                                "audio.transcriptions.create",
                                rule -> rule.when(RequestMatcher.bodyContains("filename=\"sports.wav\""))
                                        .proceedWith(new Transcript("The stadium was loud. The home team won.")))
                        .build());

        assertThat(transcribe(sports, null).text()).isEqualTo("The stadium was loud. The home team won.");
        SpecSchemas.assertValid("CreateTranscriptionResponseJson", SpecSchemas.lastResponseBody(openai.server()));
        assertThat(transcribe(sports, AudioResponseFormat.TEXT).text())
                .isEqualTo("The stadium was loud. The home team won.\n");
        assertThat(transcribe(sports, AudioResponseFormat.VTT).text())
                .isEqualTo("WEBVTT\n\n00:00:00.000 --> 00:00:01.615\nThe stadium was loud.\n\n"
                        + "00:00:01.615 --> 00:00:03.000\nThe home team won.\n\n");
        assertThat(transcribe(sports, AudioResponseFormat.SRT).text())
                .startsWith("1\n00:00:00,000 --> 00:00:01,615\nThe stadium was loud.\n\n2\n");

        TranscriptionVerbose verbose = openai.client()
                .audio()
                .transcriptions()
                .create(TranscriptionCreateParams.builder()
                        .file(sports)
                        .model(AudioModel.WHISPER_1)
                        .responseFormat(AudioResponseFormat.VERBOSE_JSON)
                        .timestampGranularities(List.of(
                                TranscriptionCreateParams.TimestampGranularity.WORD,
                                TranscriptionCreateParams.TimestampGranularity.SEGMENT))
                        .build())
                .asVerbose();
        SpecSchemas.assertValid(
                "CreateTranscriptionResponseVerboseJson", SpecSchemas.lastResponseBody(openai.server()));
        assertThat(verbose.duration()).isEqualTo(3.0);
        assertThat(verbose.segments().orElseThrow()).hasSize(2);
        assertThat(verbose.words().orElseThrow()).hasSize(8);
        assertThat(verbose.words().orElseThrow().get(7).end()).isEqualTo(3.0);
    }

    @Test
    void aFileScenarioScriptsTheTranscriptAndTranslationsAnswerInTheirShapes() {
        openai.server()
                .useScenario(
                        ScenarioFiles.read("voice.yaml", """
                rules:
                  - operation: audio.translations.create
                    steps:
                      - proceed: { transcript: "Where is my order?" }
                """, openai.server().api()));
        Path voice = openai.write("voice-note.ogg", "not really audio".getBytes(StandardCharsets.UTF_8));

        String text = openai.client()
                .audio()
                .translations()
                .create(TranslationCreateParams.builder()
                        .file(voice)
                        .model(AudioModel.WHISPER_1)
                        .build())
                .asTranslation()
                .text();

        assertThat(text).isEqualTo("Where is my order?");
        SpecSchemas.assertValid("CreateTranslationResponseJson", SpecSchemas.lastResponseBody(openai.server()));
        openai.client()
                .audio()
                .translations()
                .create(TranslationCreateParams.builder()
                        .file(voice)
                        .model(AudioModel.WHISPER_1)
                        .responseFormat(TranslationCreateParams.ResponseFormat.VERBOSE_JSON)
                        .build());
        SpecSchemas.assertValid("CreateTranslationResponseVerboseJson", SpecSchemas.lastResponseBody(openai.server()));
    }

    @Test
    void transcriptsStreamWordByWordForTheModelsThatStream() {
        Path file = openai.write("reply.wav", speech(ORDER, SpeechCreateParams.ResponseFormat.WAV));
        TranscriptionCreateParams params = TranscriptionCreateParams.builder()
                .file(file)
                .model(AudioModel.GPT_4O_MINI_TRANSCRIBE)
                .build();

        try (StreamResponse<TranscriptionStreamEvent> stream =
                openai.client().audio().transcriptions().createStreaming(params)) {
            List<TranscriptionStreamEvent> events = stream.stream().toList();
            assertThat(events.stream()
                            .filter(TranscriptionStreamEvent::isTranscriptTextDelta)
                            .map(event -> event.asTranscriptTextDelta().delta())
                            .collect(Collectors.joining()))
                    .isEqualTo(ORDER);
            assertThat(events.get(events.size() - 1).asTranscriptTextDone().text())
                    .isEqualTo(ORDER);
        }
        assertThatThrownBy(() -> openai.client()
                        .audio()
                        .transcriptions()
                        .createStreaming(TranscriptionCreateParams.builder()
                                .file(file)
                                .model(AudioModel.WHISPER_1)
                                .build())
                        .close())
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void theGpt4oModelsRefuseSubtitleFormatsAndAudioFailsWithTheServerErrorScenario() {
        Path file = openai.write("a.wav", speech("Hi", SpeechCreateParams.ResponseFormat.WAV));

        assertThatThrownBy(() -> openai.client()
                        .audio()
                        .transcriptions()
                        .create(TranscriptionCreateParams.builder()
                                .file(file)
                                .model(AudioModel.GPT_4O_TRANSCRIBE)
                                .responseFormat(AudioResponseFormat.SRT)
                                .build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("not compatible");
        openai.server().useScenario(OpenAiScenarios.SERVER_ERROR);
        assertThatThrownBy(() -> speech("Hi", SpeechCreateParams.ResponseFormat.MP3))
                .isInstanceOf(InternalServerException.class);
    }

    @Test
    void speechStreamsAsServerSentEventsForTheGpt4oMiniTtsModel() throws IOException {
        try (HttpResponse response = openai.client()
                .audio()
                .speech()
                .create(SpeechCreateParams.builder()
                        .model(SpeechModel.GPT_4O_MINI_TTS)
                        .input(ORDER)
                        .voice("coral")
                        .responseFormat(SpeechCreateParams.ResponseFormat.PCM)
                        .streamFormat(SpeechCreateParams.StreamFormat.SSE)
                        .build())) {
            String events = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(events).startsWith("data: {\"type\":\"speech.audio.delta\",\"audio\":\"");
            String done = events.lines()
                    .filter(line -> line.contains("speech.audio.done"))
                    .findFirst()
                    .orElseThrow()
                    .substring("data: ".length());
            SpecSchemas.assertValid("SpeechAudioDoneEvent", done);
        }
    }

    private Transcription transcribe(Path file, AudioResponseFormat format) {
        TranscriptionCreateParams.Builder params =
                TranscriptionCreateParams.builder().file(file).model(AudioModel.WHISPER_1);
        if (format != null) {
            params.responseFormat(format);
        }
        return openai.client().audio().transcriptions().create(params.build()).asTranscription();
    }

    private static byte[] speech(String text, SpeechCreateParams.ResponseFormat format) {
        try (HttpResponse response = openai.client()
                .audio()
                .speech()
                .create(SpeechCreateParams.builder()
                        .model(SpeechModel.GPT_4O_MINI_TTS)
                        .input(text)
                        .voice("alloy")
                        .responseFormat(format)
                        .build())) {
            return response.body().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
