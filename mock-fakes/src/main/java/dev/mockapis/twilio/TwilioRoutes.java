package dev.mockapis.twilio;

import dev.mockapis.core.RouteTable;

/**
 * The Messages and Media routes of Twilio's 2010 API (a Media resource's URI without {@code .json} is
 * the file itself) and the Content API's ({@code content.twilio.com}, which
 * twilio-java reaches through the same redirected client), with their operation ids.
 */
final class TwilioRoutes {

    static final String CREATE = "messages.create";
    static final String FETCH = "messages.fetch";
    static final String LIST = "messages.list";
    static final String UPDATE = "messages.update";
    static final String DELETE = "messages.delete";
    static final String MEDIA_LIST = "messages.media.list";
    static final String MEDIA_FETCH = "messages.media.fetch";
    static final String MEDIA_DELETE = "messages.media.delete";
    static final String MEDIA_CONTENT = "messages.media.content";
    static final String CONTENT_CREATE = "content.create";
    static final String CONTENT_FETCH = "content.fetch";
    static final String CONTENT_LIST = "content.list";
    static final String CONTENT_DELETE = "content.delete";
    static final String APPROVAL_CREATE = "content.approval_create";
    static final String APPROVAL_FETCH = "content.approval_fetch";

    private static final String CONTENT = "/v1/Content";

    private static final String MESSAGES = "/2010-04-01/Accounts/{AccountSid}/Messages";

    private TwilioRoutes() {}

    static boolean isContent(String operationId) {
        return operationId.startsWith("content.");
    }

    static RouteTable table() {
        return RouteTable.builder()
                .route("POST", MESSAGES + ".json", CREATE)
                .route("GET", MESSAGES + ".json", LIST)
                .route("GET", MESSAGES + "/{MessageSid}/Media.json", MEDIA_LIST)
                .route("GET", MESSAGES + "/{MessageSid}/Media/{Sid}.json", MEDIA_FETCH)
                .route("DELETE", MESSAGES + "/{MessageSid}/Media/{Sid}.json", MEDIA_DELETE)
                .route("GET", MESSAGES + "/{MessageSid}/Media/{Sid}", MEDIA_CONTENT)
                .route("GET", MESSAGES + "/{Sid}.json", FETCH)
                .route("POST", MESSAGES + "/{Sid}.json", UPDATE)
                .route("DELETE", MESSAGES + "/{Sid}.json", DELETE)
                .route("POST", CONTENT, CONTENT_CREATE)
                .route("GET", CONTENT, CONTENT_LIST)
                .route("POST", CONTENT + "/{ContentSid}/ApprovalRequests/whatsapp", APPROVAL_CREATE)
                .route("GET", CONTENT + "/{ContentSid}/ApprovalRequests", APPROVAL_FETCH)
                .route("GET", CONTENT + "/{ContentSid}", CONTENT_FETCH)
                .route("DELETE", CONTENT + "/{ContentSid}", CONTENT_DELETE)
                .build();
    }
}
