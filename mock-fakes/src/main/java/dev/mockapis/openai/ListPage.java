package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.internal.JsonSupport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * OpenAI's cursor pagination: {@code limit} (1..100), {@code order} ({@code asc} by creation or
 * {@code desc}), {@code after} and {@code before} item ids, answered as
 * {@code {object:"list", data, first_id, last_id, has_more}}. A cursor past the end gives an empty page.
 */
final class ListPage {

    private ListPage() {}

    /**
     * One page of items.
     *
     * @param itemsOldestFirst every item, in creation order, each with an {@code id}
     * @param request the list request, whose query holds the paging parameters
     * @param defaultLimit the limit when none is given
     * @param defaultOrder {@code asc} or {@code desc}
     */
    static ObjectNode of(
            List<? extends JsonNode> itemsOldestFirst, FakeRequest request, int defaultLimit, String defaultOrder) {
        return of(itemsOldestFirst, request, defaultLimit, 100, defaultOrder);
    }

    /** One page of items, for lists that allow more than 100 per page (files: 10,000). */
    static ObjectNode of(
            List<? extends JsonNode> itemsOldestFirst,
            FakeRequest request,
            int defaultLimit,
            int maxLimit,
            String defaultOrder) {
        int limit = limit(request, defaultLimit, maxLimit);
        String order = request.queryParam("order").orElse(defaultOrder);
        if (!order.equals("asc") && !order.equals("desc")) {
            throw OpenAiErrors.invalidValue("order", order, List.of("asc", "desc"));
        }
        List<JsonNode> ordered = new ArrayList<>(itemsOldestFirst);
        if (order.equals("desc")) {
            Collections.reverse(ordered);
        }
        String after = request.queryParam("after").orElse(null);
        String before = request.queryParam("before").orElse(null);
        List<JsonNode> page;
        boolean hasMore;
        if (before != null && after == null) {
            int end = indexOf(ordered, before);
            end = end < 0 ? 0 : end;
            int start = Math.max(0, end - limit);
            page = ordered.subList(start, end);
            hasMore = start > 0;
        } else {
            int start = 0;
            if (after != null) {
                int index = indexOf(ordered, after);
                start = index < 0 ? ordered.size() : index + 1;
            }
            int end = ordered.size();
            if (before != null) {
                int index = indexOf(ordered, before);
                end = index < 0 ? end : Math.max(start, index);
            }
            int stop = Math.min(end, start + limit);
            page = ordered.subList(start, stop);
            hasMore = stop < end;
        }
        return render(page, hasMore, after != null ? after : before != null ? before : "");
    }

    /** A page that is the whole list. */
    static ObjectNode all(List<? extends JsonNode> items) {
        return render(new ArrayList<>(items), false, "");
    }

    private static ObjectNode render(List<JsonNode> page, boolean hasMore, String cursor) {
        ObjectNode list = JsonSupport.object();
        list.put("object", "list");
        ArrayNode data = list.putArray("data");
        page.forEach(data::add);
        // The SDKs require first_id and last_id to be strings even on an empty page, where OpenAI sends
        // null; echoing the cursor keeps them valid without pointing anywhere new.
        list.put("first_id", page.isEmpty() ? cursor : page.get(0).path("id").asText());
        list.put(
                "last_id",
                page.isEmpty() ? cursor : page.get(page.size() - 1).path("id").asText());
        list.put("has_more", hasMore);
        return list;
    }

    private static int limit(FakeRequest request, int defaultLimit, int maxLimit) {
        String raw = request.queryParam("limit").orElse(null);
        if (raw == null) {
            return defaultLimit;
        }
        int limit;
        try {
            limit = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw OpenAiErrors.invalidType("limit", "an integer", "a string");
        }
        if (limit < 1) {
            throw OpenAiErrors.badRequest(
                    "Invalid 'limit': integer below minimum value. Expected a value >= 1, but got " + limit
                            + " instead.",
                    "limit",
                    "integer_below_min_value");
        }
        if (limit > maxLimit) {
            throw OpenAiErrors.badRequest(
                    "Invalid 'limit': integer above maximum value. Expected a value <= " + maxLimit + ", but got "
                            + limit + " instead.",
                    "limit",
                    "integer_above_max_value");
        }
        return limit;
    }

    private static int indexOf(List<JsonNode> items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(items.get(i).path("id").asText())) {
                return i;
            }
        }
        return -1;
    }
}
