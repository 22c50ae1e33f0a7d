package dev.mockapis.gemini;

import dev.mockapis.core.ApiCall;
import dev.mockapis.core.ProviderErrorException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Google's paging of lists: {@code pageSize} (0 or absent for the default of 50, capped at the list's
 * maximum) and an opaque {@code pageToken}, which the fake makes from the list's name and an offset.
 */
final class GeminiPages {

    static final int DEFAULT_PAGE_SIZE = 50;

    private GeminiPages() {}

    /** The page size a call asks for. */
    static int pageSize(ApiCall call, int max) {
        return pageSize(call, max, DEFAULT_PAGE_SIZE);
    }

    /** The page size a call asks for, on a list whose default page is {@code defaultSize}. */
    static int pageSize(ApiCall call, int max, int defaultSize) {
        String text = call.request().queryParam("pageSize").orElse(null);
        if (text == null) {
            return defaultSize;
        }
        try {
            int size = Integer.parseInt(text.trim());
            if (size < 0) {
                throw new ProviderErrorException(GeminiErrors.invalidArgument("page_size must be non-negative."));
            }
            return size == 0 ? defaultSize : Math.min(size, max);
        } catch (NumberFormatException e) {
            throw new ProviderErrorException(
                    GeminiErrors.invalidArgument("Invalid value at 'page_size' (TYPE_INT32), \"" + text + "\""));
        }
    }

    /** Where the page a call asks for starts in the list. */
    static int offset(ApiCall call, String list) {
        return call.request()
                .queryParam("pageToken")
                .map(token -> offset(token, list))
                .orElse(0);
    }

    /** The token of the page starting at an offset of the list. */
    static String token(String list, int offset) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((list + ":" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String token, String list) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith(list + ":")) {
                return Integer.parseInt(text.substring(list.length() + 1));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new ProviderErrorException(GeminiErrors.invalidArgument("Invalid page token."));
    }
}
