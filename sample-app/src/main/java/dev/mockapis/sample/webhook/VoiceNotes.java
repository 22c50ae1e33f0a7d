package dev.mockapis.sample.webhook;

import com.openai.client.OpenAIClient;
import com.openai.core.MultipartField;
import com.openai.models.audio.AudioModel;
import com.openai.models.audio.transcriptions.TranscriptionCreateParams;
import dev.mockapis.sample.delivery.TwilioProperties;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads the customer's voice notes: the file is downloaded from Twilio with the account's credentials
 * (Twilio serves media only to them) and transcribed by OpenAI. A failure is thrown, so the message is
 * retried like any other that could not be answered.
 */
@Component
class VoiceNotes {

    // the audio WhatsApp customers send, by the file extension OpenAI's transcription recognises it by
    private static final Map<String, String> EXTENSIONS = Map.of(
            "audio/ogg", "ogg",
            "audio/mpeg", "mp3",
            "audio/mp4", "m4a",
            "audio/wav", "wav",
            "audio/webm", "webm");

    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofSeconds(10);

    private final OpenAIClient openAi;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(DOWNLOAD_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    VoiceNotes(OpenAIClient openAi, TwilioProperties twilio) {
        this.openAi = openAi;
        this.authorization = "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (twilio.accountSid() + ":" + twilio.authToken()).getBytes(StandardCharsets.UTF_8));
    }

    /** What a voice note says, or {@code null} for an attachment that is not audio OpenAI can transcribe. */
    String transcript(InboundMessage.Media media) {
        String type = media.contentType().toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        String extension = EXTENSIONS.get(
                parameters < 0 ? type : type.substring(0, parameters).strip());
        if (extension == null) {
            return null;
        }
        MultipartField<InputStream> file = MultipartField.<InputStream>builder()
                .value(new ByteArrayInputStream(download(media.url())))
                .filename("voice-note." + extension)
                .contentType(media.contentType())
                .build();
        return openAi.audio()
                .transcriptions()
                .create(TranscriptionCreateParams.builder()
                        .file(file)
                        .model(AudioModel.GPT_4O_MINI_TRANSCRIBE)
                        .build())
                .asTranscription()
                .text()
                .strip();
    }

    private byte[] download(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", authorization)
                .timeout(DOWNLOAD_TIMEOUT)
                .GET()
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "Twilio answered " + response.statusCode() + " for the voice note at " + url);
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not download the voice note at " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while downloading the voice note at " + url, e);
        }
    }
}
