package dev.mockapis.anthropic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.internal.JsonSupport;
import java.util.List;

/**
 * One page of an Anthropic list: {@code data}, {@code has_more}, {@code first_id}, {@code last_id}, cut
 * by the {@code after_id}, {@code before_id} and {@code limit} (1 to 1000, default 20) query parameters.
 * An exhausted cursor gives an empty page with null ids, which is where the Java SDK's pager stops.
 *
 * @param items the page's items, each with an {@code id}
 * @param hasMore whether more items lie beyond the page in the direction of paging
 */
record CursorPage(List<ObjectNode> items, boolean hasMore) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 1000;

    /**
     * The page a request asks for out of all items, in list order.
     *
     * @throws ProviderErrorException with Anthropic's 400 for a bad {@code limit}
     */
    static CursorPage of(FakeRequest request, List<ObjectNode> all) {
        int limit = limit(request);
        String afterId = request.queryParam("after_id").orElse(null);
        String beforeId = request.queryParam("before_id").orElse(null);
        if (beforeId != null) {
            int end = indexOf(all, beforeId);
            if (end < 0) {
                return new CursorPage(List.of(), false);
            }
            int start = Math.max(0, end - limit);
            return new CursorPage(all.subList(start, end), start > 0);
        }
        int start = 0;
        if (afterId != null) {
            int at = indexOf(all, afterId);
            start = at < 0 ? all.size() : at + 1;
        }
        int end = Math.min(all.size(), start + limit);
        return new CursorPage(all.subList(start, end), end < all.size());
    }

    /** The {@code limit} query parameter, checked as the API checks it. */
    static int limit(FakeRequest request) {
        String text = request.queryParam("limit").orElse(null);
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new ProviderErrorException(AnthropicErrors.invalidRequest(
                    "limit: Input should be a valid integer, unable to parse string as an integer"));
        }
        if (limit < 1) {
            throw new ProviderErrorException(
                    AnthropicErrors.invalidRequest("limit: Input should be greater than or equal to 1"));
        }
        if (limit > MAX_LIMIT) {
            throw new ProviderErrorException(
                    AnthropicErrors.invalidRequest("limit: Input should be less than or equal to " + MAX_LIMIT));
        }
        return limit;
    }

    private static int indexOf(List<ObjectNode> all, String id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).path("id").asText().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The page as the API sends it. */
    ObjectNode json() {
        ObjectNode page = JsonSupport.object();
        ArrayNode data = page.putArray("data");
        items.forEach(data::add);
        page.put("has_more", hasMore);
        if (items.isEmpty()) {
            page.putNull("first_id");
            page.putNull("last_id");
        } else {
            page.put("first_id", items.get(0).path("id").asText());
            page.put("last_id", items.get(items.size() - 1).path("id").asText());
        }
        return page;
    }
}
