package dev.mockapis.openai;

import dev.mockapis.core.Directive;
import java.util.Objects;

/**
 * A scenario directive for {@code audio.transcriptions.create} and {@code audio.translations.create}: the
 * text the audio is heard to say. Match the request by the uploaded file's name or content, for example
 * {@code rule.when(RequestMatcher.bodyContains("voice-note.ogg")).proceedWith(new Transcript("Two dozen roses"))};
 * in a scenario file, {@code proceed: {transcript: "Two dozen roses"}}.
 *
 * <p>Without one, the fake reads back the text that its own {@code audio.speech.create} put in the audio's
 * metadata, or says {@code "Hello! This is the transcript of <file name>."}.
 *
 * @param text what the audio says
 */
public record Transcript(String text) implements Directive {

    /** Requires a text. */
    public Transcript {
        Objects.requireNonNull(text, "text");
    }
}
