package dev.mockapis.twilio;

import java.util.Locale;

/**
 * One media file attached to a message: an {@code ME} sid, the URL it was sent with and its content
 * type, guessed from the URL's extension (Twilio reads it from the download).
 */
record Media(String sid, String url, String contentType) {

    /** What a URL without a known extension is taken for. */
    static final String UNKNOWN_TYPE = "application/octet-stream";

    static String contentTypeOf(String url) {
        String path = url.toLowerCase(Locale.ROOT);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.endsWith(".jpg") || path.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (path.endsWith(".png")) {
            return "image/png";
        }
        if (path.endsWith(".gif")) {
            return "image/gif";
        }
        if (path.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (path.endsWith(".mp4")) {
            return "video/mp4";
        }
        if (path.endsWith(".mp3")) {
            return "audio/mpeg";
        }
        if (path.endsWith(".ogg")) {
            return "audio/ogg";
        }
        if (path.endsWith(".amr")) {
            return "audio/amr";
        }
        if (path.endsWith(".webp")) {
            return "image/webp";
        }
        return UNKNOWN_TYPE;
    }
}
