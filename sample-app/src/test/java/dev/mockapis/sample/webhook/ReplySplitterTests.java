package dev.mockapis.sample.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Long replies are cut into Twilio-sized messages without losing or mangling text. */
class ReplySplitterTests {

    @Test
    void aReplyOfAtMost1600CharactersIsOneMessage() {
        assertThat(ReplySplitter.split("a".repeat(1600))).containsExactly("a".repeat(1600));
        assertThat(ReplySplitter.split("")).containsExactly("");
    }

    @Test
    void a1601CharacterReplyIsTwoMessagesCutAtAWordAndNothingIsLost() {
        String reply = ("word ".repeat(320) + "x").substring(0, 1601);

        List<String> parts = ReplySplitter.split(reply);

        assertThat(parts)
                .hasSize(2)
                .allSatisfy(
                        part -> assertThat(part).hasSizeLessThanOrEqualTo(1600).doesNotStartWith(" "));
        assertThat(parts.get(0)).endsWith("word");
        assertThat(String.join(" ", parts)).isEqualTo(reply.strip());
    }

    @Test
    void paragraphsArePreferredAndAWordlessTextIsCutAtTheLimitButNeverInsideASurrogatePair() {
        String paragraphs = "a".repeat(1000) + "\n\n" + "b ".repeat(400);
        assertThat(ReplySplitter.split(paragraphs)).first().isEqualTo("a".repeat(1000));

        String emoji = "😀".repeat(900);
        List<String> parts = ReplySplitter.split(emoji);
        assertThat(parts)
                .allSatisfy(part -> assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1)))
                        .isFalse());
        assertThat(String.join("", parts)).isEqualTo(emoji);
    }

    @Test
    void aReplyTooLongForTenMessagesIsShortenedWithAnEllipsis() {
        String huge = "word ".repeat(5000);

        String kept = ReplySplitter.shortened(huge);
        List<String> parts = ReplySplitter.split(kept);

        assertThat(kept).hasSizeLessThanOrEqualTo(ReplySplitter.MAX_REPLY).endsWith("…");
        assertThat(parts)
                .hasSizeLessThanOrEqualTo(ReplySplitter.MAX_PARTS)
                .allSatisfy(part -> assertThat(part).hasSizeLessThanOrEqualTo(1600));
        assertThat(parts).last().asString().endsWith("…");
    }
}
