package dev.mockapis.twilio;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.internal.JsonSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Twilio's 2010-style paging: {@code PageSize} (default 50, at most 1000), {@code Page} (the page index)
 * and {@code PageToken} ({@code PA} + the sid of the last record of the previous page, which the fake
 * resumes after; without a token, or when that record is gone, a page starts at {@code Page × PageSize}). A page is {@code {first_page_uri, end, previous_page_uri, <records>, uri, page_size,
 * start, next_page_uri, page}} with relative URIs that repeat the filters; {@code next_page_uri} is
 * null on the last page. Unreadable paging values fall back to the defaults.
 *
 * @param pageSize records per page
 * @param page the page index
 * @param pageToken the token, or {@code null}
 */
record Paging(int pageSize, int page, @Nullable String pageToken) {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 1000;
    private static final String TOKEN_PREFIX = "PA";

    static Paging from(Map<String, List<String>> query) {
        int pageSize = Math.min(MAX_PAGE_SIZE, positiveInt(query, "PageSize").orElse(DEFAULT_PAGE_SIZE));
        int page = nonNegativeInt(query, "Page").orElse(0);
        String token = first(query, "PageToken")
                .filter(value -> value.startsWith(TOKEN_PREFIX))
                .orElse(null);
        return new Paging(pageSize, page, token);
    }

    /**
     * A page of records.
     *
     * @param path the list's path, such as {@code /2010-04-01/Accounts/AC…/Messages.json}
     * @param filters the filter query, already encoded ({@code To=%2B1555…}), or empty
     * @param recordsKey {@code messages} or {@code media_list}
     * @param all every record matching the filters, in list order
     * @param sid a record's sid, for page tokens
     * @param json a record's JSON
     */
    <T> ObjectNode page(
            String path,
            String filters,
            String recordsKey,
            List<T> all,
            Function<T, String> sid,
            Function<T, ObjectNode> json) {
        int start = startIndex(all, sid);
        int end = Math.min(all.size(), start + pageSize);
        List<T> records = start >= all.size() ? List.of() : all.subList(start, end);
        String prefix = path + "?" + (filters.isEmpty() ? "" : filters + "&") + "PageSize=" + pageSize + "&Page=";

        ObjectNode body = JsonSupport.object();
        body.put("first_page_uri", prefix + "0");
        body.put("end", records.isEmpty() ? start : start + records.size() - 1);
        if (page > 0) {
            body.put("previous_page_uri", prefix + (page - 1));
        } else {
            body.putNull("previous_page_uri");
        }
        ArrayNode array = body.putArray(recordsKey);
        records.forEach(record -> array.add(json.apply(record)));
        body.put("uri", prefix + page + (pageToken == null ? "" : "&PageToken=" + encode(pageToken)));
        body.put("page_size", pageSize);
        body.put("start", start);
        if (end < all.size()) {
            body.put(
                    "next_page_uri",
                    prefix + (page + 1) + "&PageToken="
                            + encode(TOKEN_PREFIX + sid.apply(records.get(records.size() - 1))));
        } else {
            body.putNull("next_page_uri");
        }
        body.put("page", page);
        return body;
    }

    /** Where the page starts: after the token's record if it is still listed, else at {@code page × pageSize}. */
    private <T> int startIndex(List<T> all, Function<T, String> sid) {
        if (pageToken != null && pageToken.length() > TOKEN_PREFIX.length()) {
            String after = pageToken.substring(TOKEN_PREFIX.length());
            for (int i = 0; i < all.size(); i++) {
                if (sid.apply(all.get(i)).equals(after)) {
                    return i + 1;
                }
            }
        }
        long offset = (long) page * pageSize;
        return (int) Math.min(offset, all.size());
    }

    /** Encodes query parameters in the order given, names and values. */
    static String encodeQuery(Map<String, String> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
        return query.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static Optional<Integer> positiveInt(Map<String, List<String>> query, String name) {
        return nonNegativeInt(query, name).filter(value -> value > 0);
    }

    private static Optional<Integer> nonNegativeInt(Map<String, List<String>> query, String name) {
        return first(query, name).flatMap(value -> {
            try {
                int parsed = Integer.parseInt(value.trim());
                return parsed >= 0 ? Optional.of(parsed) : Optional.empty();
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        });
    }
}
