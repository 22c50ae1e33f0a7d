package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.HttpHeaders;
import dev.mockapis.core.ResponseBody;
import dev.mockapis.core.ServerSentEvent;
import dev.mockapis.core.conversation.internal.Tokens;
import dev.mockapis.core.internal.JsonSupport;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code audio.speech.create} (real audio bytes of a length following the text, or {@code speech.audio.*}
 * events), and {@code audio.transcriptions.create} / {@code audio.translations.create} (multipart uploads,
 * every response format, segments and words, streamed {@code transcript.text.*} events for the models that
 * stream). What the audio says: the scenario's {@link Transcript}, else the text the fake's own speech put in
 * the file, else a sentence naming the file.
 */
final class Audio {

    private static final List<String> TRANSCRIPTION_FORMATS =
            List.of("json", "text", "srt", "verbose_json", "vtt", "diarized_json");
    private static final List<String> TRANSLATION_FORMATS = List.of("json", "text", "srt", "verbose_json", "vtt");
    private static final double SECONDS_PER_WORD = 0.4;

    FakeResponse speech(ApiCall call, @Nullable Directive directive) {
        JsonBody body = JsonBody.of(call.request());
        String model = body.requiredString("model");
        String input = body.requiredString("input");
        if (input.length() > 4096) {
            throw OpenAiErrors.badRequest(
                    "Invalid 'input': string too long. Expected a string with maximum length 4096, but got a string"
                            + " with length " + input.length() + " instead.",
                    "input",
                    "string_above_max_length");
        }
        JsonNode voice = body.node("voice").orElseThrow(() -> OpenAiErrors.missingParameter("voice"));
        if (!voice.isTextual() && !voice.path("id").isTextual()) {
            throw OpenAiErrors.invalidType("voice", "a string or an object with an id", JsonBody.typeName(voice));
        }
        String format = body.optionalString("response_format").orElse("mp3");
        if (!AudioEncoder.FORMATS.contains(format)) {
            throw OpenAiErrors.invalidValue("response_format", format, AudioEncoder.FORMATS);
        }
        double speed = body.number("speed").orElse(1.0);
        if (speed < 0.25 || speed > 4) {
            throw OpenAiErrors.badRequest(
                    "Invalid 'speed': expected a value between 0.25 and 4, but got " + speed + " instead.",
                    "speed",
                    "invalid_value");
        }
        String streamFormat = body.optionalString("stream_format").orElse("audio");
        if (!streamFormat.equals("audio") && !streamFormat.equals("sse")) {
            throw OpenAiErrors.invalidValue("stream_format", streamFormat, List.of("sse", "audio"));
        }
        if (streamFormat.equals("sse") && (model.equals("tts-1") || model.equals("tts-1-hd"))) {
            throw OpenAiErrors.badRequest(
                    "stream_format 'sse' is not supported for model '" + model + "'.", "stream_format", null);
        }
        double seconds = Math.max(0.5, words(input) * SECONDS_PER_WORD) / speed;
        byte[] audio = AudioEncoder.encode(format, input, seconds);
        if (streamFormat.equals("sse")) {
            List<ServerSentEvent> events = new ArrayList<>();
            for (int from = 0; from < audio.length; from += 16 * 1024) {
                byte[] chunk = java.util.Arrays.copyOfRange(audio, from, Math.min(audio.length, from + 16 * 1024));
                ObjectNode delta = JsonSupport.object();
                delta.put("type", "speech.audio.delta");
                delta.put("audio", Base64.getEncoder().encodeToString(chunk));
                events.add(ServerSentEvent.data(JsonSupport.write(delta)));
            }
            ObjectNode done = JsonSupport.object();
            done.put("type", "speech.audio.done");
            int in = Math.max(1, Tokens.count(input));
            int out = (int) Math.ceil(seconds * 10);
            done.putObject("usage")
                    .put("input_tokens", in)
                    .put("output_tokens", out)
                    .put("total_tokens", in + out);
            events.add(ServerSentEvent.data(JsonSupport.write(done)));
            return FakeResponse.eventStream(events);
        }
        return new FakeResponse(
                200, HttpHeaders.of("Content-Type", AudioEncoder.contentType(format)), new ResponseBody.Bytes(audio));
    }

    FakeResponse transcription(ApiCall call, @Nullable Directive directive) {
        return transcribe(call, directive, false);
    }

    FakeResponse translation(ApiCall call, @Nullable Directive directive) {
        return transcribe(call, directive, true);
    }

    private FakeResponse transcribe(ApiCall call, @Nullable Directive directive, boolean translate) {
        Multipart form = Multipart.of(call.request());
        Multipart.Part file = form.file("file");
        String model = form.requiredField("model");
        String format = form.field("response_format").orElse("json");
        List<String> formats = translate ? TRANSLATION_FORMATS : TRANSCRIPTION_FORMATS;
        if (!formats.contains(format)) {
            throw OpenAiErrors.invalidValue("response_format", format, formats);
        }
        boolean whisper = model.startsWith("whisper");
        boolean diarize = model.contains("diarize");
        if (format.equals("diarized_json") && !diarize) {
            throw OpenAiErrors.badRequest(
                    "response_format 'diarized_json' is only supported for model 'gpt-4o-transcribe-diarize'.",
                    "response_format",
                    "unsupported_value");
        }
        if (!whisper && !format.equals("json") && !format.equals("text") && !format.equals("diarized_json")) {
            throw OpenAiErrors.badRequest(
                    "response_format '" + format + "' is not compatible with model '" + model
                            + "'. Use 'json' or 'text'.",
                    "response_format",
                    "unsupported_value");
        }
        List<String> granularities = form.parts("timestamp_granularities[]").stream()
                .map(Multipart.Part::text)
                .toList();
        if (!granularities.isEmpty() && !format.equals("verbose_json")) {
            throw OpenAiErrors.badRequest(
                    "timestamp_granularities is only supported with response_format 'verbose_json'.",
                    "timestamp_granularities",
                    null);
        }
        boolean stream = form.field("stream").map(value -> value.equals("true")).orElse(false);
        if (stream && (whisper || translate)) {
            throw OpenAiErrors.badRequest(
                    "Streaming is not supported for model '" + model + "'.", "stream", "unsupported_value");
        }
        String text = text(directive, file);
        double seconds = AudioEncoder.wavSeconds(file.content());
        if (seconds <= 0) {
            seconds = Math.max(0.5, words(text) * SECONDS_PER_WORD);
        }
        if (stream) {
            return streamed(text, seconds);
        }
        return switch (format) {
            case "text" -> plain("text/plain; charset=utf-8", text + "\n");
            case "srt" -> plain("text/plain; charset=utf-8", subtitles(text, seconds, false));
            case "vtt" -> plain("text/vtt; charset=utf-8", subtitles(text, seconds, true));
            case "verbose_json" ->
                FakeResponse.json(
                        200,
                        verbose(
                                text,
                                seconds,
                                translate,
                                granularities.contains("word"),
                                !granularities.contains("word") || granularities.contains("segment")));
            case "diarized_json" -> FakeResponse.json(200, diarized(text, seconds));
            default -> FakeResponse.json(200, json(text, seconds, whisper || translate));
        };
    }

    private static String text(@Nullable Directive directive, Multipart.Part file) {
        if (directive instanceof Transcript transcript) {
            return transcript.text();
        }
        String embedded = AudioEncoder.embeddedText(file.content());
        if (embedded != null) {
            return embedded;
        }
        return "Hello! This is the transcript of " + (file.filename() != null ? file.filename() : "the audio") + ".";
    }

    private static ObjectNode json(String text, double seconds, boolean durationUsage) {
        ObjectNode json = JsonSupport.object();
        json.put("text", text);
        json.set("usage", durationUsage ? durationUsage(seconds) : tokenUsage(text, seconds));
        return json;
    }

    private static ObjectNode verbose(String text, double seconds, boolean translate, boolean words, boolean segments) {
        ObjectNode json = JsonSupport.object();
        json.put("task", translate ? "translate" : "transcribe");
        json.put("language", "english");
        json.put("duration", round(seconds));
        json.put("text", text);
        if (words) {
            ArrayNode list = json.putArray("words");
            List<String> all = splitWords(text);
            double each = seconds / Math.max(1, all.size());
            for (int i = 0; i < all.size(); i++) {
                list.addObject()
                        .put("word", all.get(i))
                        .put("start", round(i * each))
                        .put("end", round((i + 1) * each));
            }
        }
        if (segments) {
            ArrayNode list = json.putArray("segments");
            List<double[]> times = new ArrayList<>();
            List<String> sentences = sentences(text, seconds, times);
            for (int i = 0; i < sentences.size(); i++) {
                ObjectNode segment = list.addObject();
                segment.put("id", i);
                segment.put("seek", 0);
                segment.put("start", round(times.get(i)[0]));
                segment.put("end", round(times.get(i)[1]));
                segment.put("text", " " + sentences.get(i));
                ArrayNode tokens = segment.putArray("tokens");
                for (int t = 0; t < Math.max(1, Tokens.count(sentences.get(i))); t++) {
                    tokens.add(50364 + t);
                }
                segment.put("temperature", 0.0);
                segment.put("avg_logprob", -0.25);
                segment.put("compression_ratio", 1.2);
                segment.put("no_speech_prob", 0.01);
            }
        }
        if (!translate) {
            json.set("usage", durationUsage(seconds));
        }
        return json;
    }

    private static ObjectNode diarized(String text, double seconds) {
        ObjectNode json = JsonSupport.object();
        json.put("task", "transcribe");
        json.put("duration", round(seconds));
        json.put("text", text);
        ArrayNode list = json.putArray("segments");
        List<double[]> times = new ArrayList<>();
        List<String> sentences = sentences(text, seconds, times);
        for (int i = 0; i < sentences.size(); i++) {
            list.addObject()
                    .put("type", "transcript.text.segment")
                    .put("id", "seg_" + i)
                    .put("start", round(times.get(i)[0]))
                    .put("end", round(times.get(i)[1]))
                    .put("text", sentences.get(i))
                    .put("speaker", "A");
        }
        json.set("usage", tokenUsage(text, seconds));
        return json;
    }

    private static FakeResponse streamed(String text, double seconds) {
        List<ServerSentEvent> events = new ArrayList<>();
        List<String> words = splitWords(text);
        for (int i = 0; i < words.size(); i++) {
            ObjectNode delta = JsonSupport.object();
            delta.put("type", "transcript.text.delta");
            delta.put("delta", (i == 0 ? "" : " ") + words.get(i));
            events.add(ServerSentEvent.data(JsonSupport.write(delta)));
        }
        ObjectNode done = JsonSupport.object();
        done.put("type", "transcript.text.done");
        done.put("text", text);
        done.set("usage", tokenUsage(text, seconds));
        events.add(ServerSentEvent.data(JsonSupport.write(done)));
        return FakeResponse.eventStream(events);
    }

    private static ObjectNode durationUsage(double seconds) {
        ObjectNode usage = JsonSupport.object();
        usage.put("type", "duration");
        usage.put("seconds", Math.max(1, Math.round(seconds)));
        return usage;
    }

    /** Token usage as the gpt-4o transcribe models report it: about ten audio tokens a second. */
    private static ObjectNode tokenUsage(String text, double seconds) {
        int audio = (int) Math.max(1, Math.ceil(seconds * 10));
        int output = Math.max(1, Tokens.count(text));
        ObjectNode usage = JsonSupport.object();
        usage.put("type", "tokens");
        usage.put("input_tokens", audio);
        usage.putObject("input_token_details").put("text_tokens", 0).put("audio_tokens", audio);
        usage.put("output_tokens", output);
        usage.put("total_tokens", audio + output);
        return usage;
    }

    /** SRT or WebVTT cues, one per sentence, timed by length over the audio's duration. */
    private static String subtitles(String text, double seconds, boolean vtt) {
        StringBuilder out = new StringBuilder(vtt ? "WEBVTT\n\n" : "");
        List<double[]> times = new ArrayList<>();
        List<String> sentences = sentences(text, seconds, times);
        for (int i = 0; i < sentences.size(); i++) {
            if (!vtt) {
                out.append(i + 1).append('\n');
            }
            out.append(timestamp(times.get(i)[0], vtt))
                    .append(" --> ")
                    .append(timestamp(times.get(i)[1], vtt))
                    .append('\n')
                    .append(sentences.get(i))
                    .append("\n\n");
        }
        return out.toString();
    }

    private static List<String> sentences(String text, double seconds, List<double[]> times) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : text.strip().split("(?<=[.!?])\\s+")) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }
        if (sentences.isEmpty()) {
            sentences.add(text.strip());
        }
        int total = sentences.stream().mapToInt(String::length).sum();
        double at = 0;
        for (String sentence : sentences) {
            double length = total == 0 ? seconds : seconds * sentence.length() / total;
            times.add(new double[] {at, at + length});
            at += length;
        }
        return sentences;
    }

    private static String timestamp(double seconds, boolean vtt) {
        long millis = Math.round(seconds * 1000);
        return String.format(
                Locale.ROOT,
                "%02d:%02d:%02d%s%03d",
                millis / 3_600_000,
                millis / 60_000 % 60,
                millis / 1000 % 60,
                vtt ? "." : ",",
                millis % 1000);
    }

    private static FakeResponse plain(String contentType, String text) {
        return new FakeResponse(200, HttpHeaders.of("Content-Type", contentType), ResponseBody.text(text));
    }

    private static List<String> splitWords(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static int words(String text) {
        return splitWords(text).size();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
