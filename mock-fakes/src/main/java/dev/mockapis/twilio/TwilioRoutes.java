package dev.mockapis.twilio;

import dev.mockapis.core.RouteTable;

/** The Messages routes of Twilio's 2010 API and their operation ids. */
final class TwilioRoutes {

    static final String CREATE = "messages.create";
    static final String FETCH = "messages.fetch";
    static final String LIST = "messages.list";
    static final String UPDATE = "messages.update";
    static final String DELETE = "messages.delete";
    static final String MEDIA_LIST = "messages.media.list";

    private static final String MESSAGES = "/2010-04-01/Accounts/{AccountSid}/Messages";

    private TwilioRoutes() {}

    static RouteTable table() {
        return RouteTable.builder()
                .route("POST", MESSAGES + ".json", CREATE)
                .route("GET", MESSAGES + ".json", LIST)
                .route("GET", MESSAGES + "/{MessageSid}/Media.json", MEDIA_LIST)
                .route("GET", MESSAGES + "/{Sid}.json", FETCH)
                .route("POST", MESSAGES + "/{Sid}.json", UPDATE)
                .route("DELETE", MESSAGES + "/{Sid}.json", DELETE)
                .build();
    }
}
