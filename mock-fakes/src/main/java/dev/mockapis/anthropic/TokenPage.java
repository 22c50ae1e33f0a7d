package dev.mockapis.anthropic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.internal.JsonSupport;
import java.util.List;

/**
 * A list paged by opaque {@code page} tokens, as Skills and the managed agents' resources page: {@code limit}
 * items (1 to 1000, 20 by default) from the page the token names, {@code data} and {@code next_page}, null on
 * the last page, which is where the Java SDK's pager stops.
 */
final class TokenPage {

    private static final String PREFIX = "page_";

    private TokenPage() {}

    /** The page a call asks for out of every item, in list order. */
    static FakeResponse of(ApiCall call, List<ObjectNode> all) {
        int limit = CursorPage.limit(call.request());
        int start = call.request().queryParam("page").map(TokenPage::offset).orElse(0);
        int end = Math.min(all.size(), start + limit);
        ObjectNode page = JsonSupport.object();
        ArrayNode data = page.putArray("data");
        all.subList(Math.min(start, end), end).forEach(data::add);
        page.put("next_page", end < all.size() ? PREFIX + end : null);
        return FakeResponse.json(200, page);
    }

    private static int offset(String token) {
        try {
            if (token.startsWith(PREFIX)) {
                return Integer.parseInt(token.substring(PREFIX.length()));
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ProviderErrorException(AnthropicErrors.invalidRequest("page: Invalid page token"));
    }
}
