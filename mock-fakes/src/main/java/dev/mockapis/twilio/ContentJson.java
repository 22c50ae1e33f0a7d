package dev.mockapis.twilio;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.internal.JsonSupport;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Writes the Content API's resources as {@code content.twilio.com/v1} returns them: ISO 8601 dates,
 * absolute URLs, and the {@code meta} paging block of Twilio's newer APIs.
 */
final class ContentJson {

    static final String BASE_URL = "https://content.twilio.com";
    static final String CONTENT_PATH = "/v1/Content";

    private ContentJson() {}

    static ObjectNode content(ContentTemplate template) {
        ObjectNode json = JsonSupport.object();
        json.put("account_sid", template.accountSid());
        json.put("date_created", date(template.dateCreated()));
        json.put("date_updated", date(template.dateCreated()));
        json.put("friendly_name", template.friendlyName());
        json.put("language", template.language());
        ObjectNode links = json.putObject("links");
        links.put("approval_create", url(template) + "/ApprovalRequests/whatsapp");
        links.put("approval_fetch", url(template) + "/ApprovalRequests");
        json.put("sid", template.sid());
        json.set("types", template.types().deepCopy());
        json.put("url", url(template));
        ObjectNode variables = json.putObject("variables");
        template.variables().forEach(variables::put);
        return json;
    }

    static ObjectNode approvalFetch(ContentTemplate template) {
        ObjectNode json = JsonSupport.object();
        json.put("sid", template.sid());
        json.put("account_sid", template.accountSid());
        ObjectNode whatsApp = json.putObject("whatsapp");
        WhatsAppApproval approval = template.approval();
        whatsApp.put("type", "whatsapp");
        whatsApp.put("name", approval == null ? "" : approval.name());
        whatsApp.put("category", approval == null ? "" : approval.category());
        whatsApp.put("content_type", template.contentType());
        whatsApp.put("status", approval == null ? "unsubmitted" : approval.status());
        whatsApp.put("rejection_reason", "");
        whatsApp.put("allow_category_change", approval == null || approval.allowCategoryChange());
        json.put("url", url(template) + "/ApprovalRequests");
        return json;
    }

    static ObjectNode approvalCreate(ContentTemplate template) {
        WhatsAppApproval approval = Objects.requireNonNull(
                template.approval(), "only a template submitted for WhatsApp approval has an approval request");
        ObjectNode json = JsonSupport.object();
        json.put("name", approval.name());
        json.put("category", approval.category());
        json.put("content_type", template.contentType());
        json.put("status", approval.status());
        json.put("rejection_reason", "");
        json.put("allow_category_change", approval.allowCategoryChange());
        return json;
    }

    /**
     * One page of the list.
     *
     * @param all every template, in list order
     * @param page the page index
     * @param pageSize templates per page
     */
    static ObjectNode page(List<ContentTemplate> all, int page, int pageSize) {
        int start = (int) Math.min((long) page * pageSize, all.size());
        int end = Math.min(all.size(), start + pageSize);
        ObjectNode json = JsonSupport.object();
        ArrayNode contents = json.putArray("contents");
        all.subList(start, end).forEach(template -> contents.add(content(template)));
        ObjectNode meta = json.putObject("meta");
        meta.put("page", page);
        meta.put("page_size", pageSize);
        meta.put("first_page_url", pageUrl(0, pageSize));
        if (page == 0) {
            meta.putNull("previous_page_url");
        } else {
            meta.put("previous_page_url", pageUrl(page - 1, pageSize));
        }
        meta.put("url", pageUrl(page, pageSize));
        if (end < all.size()) {
            meta.put("next_page_url", pageUrl(page + 1, pageSize));
        } else {
            meta.putNull("next_page_url");
        }
        meta.put("key", "contents");
        return json;
    }

    private static String pageUrl(int page, int pageSize) {
        return BASE_URL + CONTENT_PATH + "?PageSize=" + pageSize + "&Page=" + page;
    }

    private static String url(ContentTemplate template) {
        return BASE_URL + CONTENT_PATH + "/" + template.sid();
    }

    private static String date(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
