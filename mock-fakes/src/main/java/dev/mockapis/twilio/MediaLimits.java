package dev.mockapis.twilio;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The checks Twilio makes once it has downloaded a message's media, each failing the message (created,
 * then {@code failed}) with Twilio's code:
 *
 * <ul>
 *   <li>63019, media failed to download: a file of 0 bytes;</li>
 *   <li>WhatsApp: 63021 (channel invalid content) for a type WhatsApp does not take, 63034 for an image
 *       over 5 MB, 11751 for more than 16 MB in all;</li>
 *   <li>MMS: 12300 (invalid Content-Type) for a type outside Twilio's accepted MIME types, 11751 for
 *       more than 5 MB in all.</li>
 * </ul>
 *
 * Files the fake cannot know (URLs it neither serves nor was told about) pass the size checks, and the
 * type check too unless their URL's extension names a type.
 */
final class MediaLimits {

    static final int DOWNLOAD_FAILED = 63019;
    static final int CHANNEL_INVALID_CONTENT = 63021;
    static final int WHATSAPP_IMAGE_TOO_LARGE = 63034;
    static final int TOO_LARGE_FOR_CHANNEL = 11751;
    static final int INVALID_CONTENT_TYPE = 12300;

    private static final long MB = 1024L * 1024L;
    private static final long WHATSAPP_TOTAL = 16 * MB;
    private static final long WHATSAPP_IMAGE = 5 * MB;
    private static final long MMS_TOTAL = 5 * MB;

    /** WhatsApp's media types (Meta's list: images, audio, video, documents, stickers). */
    private static final Set<String> WHATSAPP_TYPES = Set.of(
            "image/jpeg",
            "image/png",
            "image/webp",
            "audio/aac",
            "audio/amr",
            "audio/mpeg",
            "audio/mp4",
            "audio/ogg",
            "video/mp4",
            "video/3gpp",
            "text/plain",
            "application/pdf",
            "application/msword",
            "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    /** Twilio's accepted MIME types for MMS media. */
    private static final Set<String> MMS_TYPES = Set.of(
            "image/jpeg",
            "image/gif",
            "image/png",
            "image/bmp",
            "audio/basic",
            "audio/l24",
            "audio/mp4",
            "audio/mpeg",
            "audio/ogg",
            "audio/vorbis",
            "audio/vnd.rn-realaudio",
            "audio/vnd.wave",
            "audio/3gpp",
            "audio/3gpp2",
            "audio/ac3",
            "audio/webm",
            "audio/amr-nb",
            "audio/amr",
            "video/mpeg",
            "video/mp4",
            "video/quicktime",
            "video/webm",
            "video/3gpp",
            "video/3gpp2",
            "video/3gpp-tt",
            "video/h261",
            "video/h263",
            "video/h263-1998",
            "video/h263-2000",
            "video/h264",
            "text/vcard",
            "text/csv",
            "text/rtf",
            "text/richtext",
            "text/calendar",
            "text/directory",
            "application/pdf");

    private MediaLimits() {}

    /** The error code the message fails with, or empty when its media can go out. */
    static Optional<Integer> check(boolean whatsApp, List<OutboundMedia> media) {
        long total = 0;
        for (OutboundMedia file : media) {
            if (file.size() == 0) {
                return Optional.of(DOWNLOAD_FAILED);
            }
            String type = baseType(file.contentType());
            if (file.typeKnown() && !(whatsApp ? WHATSAPP_TYPES : MMS_TYPES).contains(type)) {
                return Optional.of(whatsApp ? CHANNEL_INVALID_CONTENT : INVALID_CONTENT_TYPE);
            }
            if (whatsApp && type.startsWith("image/") && file.size() > WHATSAPP_IMAGE) {
                return Optional.of(WHATSAPP_IMAGE_TOO_LARGE);
            }
            total += Math.max(0, file.size());
        }
        return total > (whatsApp ? WHATSAPP_TOTAL : MMS_TOTAL) ? Optional.of(TOO_LARGE_FOR_CHANNEL) : Optional.empty();
    }

    private static String baseType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim()
                .toLowerCase(Locale.ROOT);
    }
}
