package dev.mockapis.twilio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.internal.MalformedBodyException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The default behaviour of the Content API ({@code content.twilio.com/v1/Content}): templates created
 * from a JSON body, fetched, listed, deleted, and submitted to WhatsApp for approval.
 */
final class ContentHandler {

    private static final Set<String> CATEGORIES = Set.of("UTILITY", "MARKETING", "AUTHENTICATION");

    private final ContentStore store;
    private final Sids sids;
    private final TwilioHeaders headers;
    private final Supplier<Instant> clock;

    ContentHandler(ContentStore store, Sids sids, TwilioHeaders headers, Supplier<Instant> clock) {
        this.store = store;
        this.sids = sids;
        this.headers = headers;
        this.clock = clock;
    }

    FakeResponse handle(ApiCall call, String accountSid) {
        switch (call.operationId()) {
            case TwilioRoutes.CONTENT_CREATE:
                return create(call, accountSid);
            case TwilioRoutes.CONTENT_LIST:
                return list(call);
            case TwilioRoutes.CONTENT_FETCH:
                return json(200, ContentJson.content(find(call)));
            case TwilioRoutes.CONTENT_DELETE:
                if (!store.delete(find(call).sid())) {
                    throw notFound(call);
                }
                return headers.addTo(FakeResponse.empty(204));
            case TwilioRoutes.APPROVAL_FETCH:
                return json(200, ContentJson.approvalFetch(reviewed(call)));
            case TwilioRoutes.APPROVAL_CREATE:
                return approvalCreate(call);
            default:
                throw notFound(call);
        }
    }

    private FakeResponse create(ApiCall call, String accountSid) {
        JsonNode body = body(call, "language");
        String language = text(body, "language");
        JsonNode types = body.get("types");
        if (types == null || !types.isObject() || types.isEmpty()) {
            throw TwilioErrors.raise(TwilioErrors.missingParameter("types"));
        }
        Map<String, String> variables = new LinkedHashMap<>();
        body.path("variables")
                .properties()
                .forEach(entry -> variables.put(entry.getKey(), entry.getValue().asText()));
        ContentTemplate template = new ContentTemplate(
                sids.next("HX"),
                accountSid,
                body.path("friendly_name").asText(""),
                language,
                variables,
                (ObjectNode) types.deepCopy(),
                clock.get(),
                null);
        store.add(template);
        return json(201, ContentJson.content(template));
    }

    private FakeResponse list(ApiCall call) {
        Map<String, java.util.List<String>> query = call.request().query();
        int pageSize = Math.min(
                Paging.MAX_PAGE_SIZE,
                intParam(query, "PageSize").filter(size -> size > 0).orElse(Paging.DEFAULT_PAGE_SIZE));
        int page = intParam(query, "Page").filter(index -> index >= 0).orElse(0);
        return json(200, ContentJson.page(store.list(), page, pageSize));
    }

    private ContentTemplate reviewed(ApiCall call) {
        ContentTemplate template = find(call);
        if (template.approval() == null) {
            return template;
        }
        return store.update(
                        template.sid(),
                        current -> current.withApproval(Objects.requireNonNull(
                                        current.approval(), "a template keeps its approval request once submitted")
                                .reviewed()))
                .orElseThrow(() -> notFound(call));
    }

    private FakeResponse approvalCreate(ApiCall call) {
        ContentTemplate template = find(call);
        JsonNode body = body(call, "name");
        String name = text(body, "name");
        String category = text(body, "category").toUpperCase(Locale.ROOT);
        if (!CATEGORIES.contains(category)) {
            throw TwilioErrors.raise(TwilioErrors.missingParameter("category"));
        }
        WhatsAppApproval approval = new WhatsAppApproval(
                name, category, "received", body.path("allow_category_change").asBoolean(true));
        ContentTemplate submitted = store.update(template.sid(), current -> current.withApproval(approval))
                .orElseThrow(() -> notFound(call));
        return json(201, ContentJson.approvalCreate(submitted));
    }

    private ContentTemplate find(ApiCall call) {
        return store.find(call.pathVariable("ContentSid").orElse("")).orElseThrow(() -> notFound(call));
    }

    private static JsonNode body(ApiCall call, String firstRequired) {
        try {
            JsonNode body = call.request().json(JsonNode.class);
            if (body.isObject()) {
                return body;
            }
        } catch (MalformedBodyException unreadable) {
            // answered below as Twilio answers a body it cannot read: the first required parameter is missing
        }
        throw TwilioErrors.raise(TwilioErrors.missingParameter(firstRequired));
    }

    private static String text(JsonNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw TwilioErrors.raise(TwilioErrors.missingParameter(name));
        }
        return value.asText();
    }

    private static java.util.Optional<Integer> intParam(Map<String, java.util.List<String>> query, String name) {
        java.util.List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Integer.parseInt(values.get(0).trim()));
        } catch (NumberFormatException unreadable) {
            return java.util.Optional.empty();
        }
    }

    private FakeResponse json(int status, ObjectNode body) {
        return headers.addTo(FakeResponse.json(status, body));
    }

    private static RuntimeException notFound(ApiCall call) {
        return TwilioErrors.raise(TwilioErrors.notFound(call.request().path()));
    }
}
