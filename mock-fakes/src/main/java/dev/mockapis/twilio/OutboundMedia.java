package dev.mockapis.twilio;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What Twilio would download from a {@code MediaUrl}: the file the fake itself serves at that path
 * (media received earlier, forwarded), the file a test declared at that URL, or, for any other URL, a
 * file of unknown size whose type the URL's extension suggests.
 *
 * @param contentType the file's type
 * @param content the bytes, or {@code null} when the fake cannot know them
 */
record OutboundMedia(String contentType, byte @Nullable [] content) {

    private static final Pattern FAKE_MEDIA = Pattern.compile(
            "/2010-04-01/Accounts/(AC[0-9a-fA-F]{32})/Messages/([A-Z]{2}[0-9a-fA-F]{32})/Media/(ME[0-9a-fA-F]{32})");

    static OutboundMedia resolve(String url, MediaStore media) {
        Optional<MediaStore.Declared> declared = media.declared(url);
        if (declared.isPresent()) {
            return new OutboundMedia(
                    declared.get().contentType(), declared.get().content());
        }
        return served(url, media).orElseGet(() -> new OutboundMedia(Media.contentTypeOf(url), null));
    }

    /** Whether the type is more than a guess that found nothing: the file is known, or its URL has a known extension. */
    boolean typeKnown() {
        return content != null || !contentType.equals(Media.UNKNOWN_TYPE);
    }

    /** Size in bytes, or -1 when unknown. */
    long size() {
        return content == null ? -1 : content.length;
    }

    private static Optional<OutboundMedia> served(String url, MediaStore media) {
        String path;
        try {
            path = URI.create(url).getPath();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        Matcher matcher = path == null ? null : FAKE_MEDIA.matcher(path);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return media.find(matcher.group(1), matcher.group(2), matcher.group(3))
                .filter(StoredMedia::hasContent)
                .map(stored -> new OutboundMedia(stored.contentType(), stored.content()));
    }
}
