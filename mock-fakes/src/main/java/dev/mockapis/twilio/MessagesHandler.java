package dev.mockapis.twilio;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.HttpHeaders;
import dev.mockapis.core.ResponseBody;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The stateful default behaviour of the Messages operations, for one authenticated account. Only
 * {@code messages.fetch} moves a message along its lifecycle: one status per fetch.
 */
final class MessagesHandler {

    private final MessageStore store;
    private final Sids sids;
    private final CreateMessageValidator validator;
    private final TwilioHeaders headers;
    private final WhatsAppWindows windows;
    private final ContentStore contents;
    private final MediaStore mediaStore;

    MessagesHandler(
            MessageStore store,
            Sids sids,
            CreateMessageValidator validator,
            TwilioHeaders headers,
            WhatsAppWindows windows,
            ContentStore contents,
            MediaStore mediaStore) {
        this.store = store;
        this.mediaStore = mediaStore;
        this.sids = sids;
        this.validator = validator;
        this.headers = headers;
        this.windows = windows;
        this.contents = contents;
    }

    FakeResponse handle(ApiCall call, String accountSid, @Nullable Directive directive) {
        switch (call.operationId()) {
            case TwilioRoutes.CREATE:
                return create(call, accountSid, directive);
            case TwilioRoutes.FETCH:
                return fetch(call, accountSid);
            case TwilioRoutes.LIST:
                return list(call, accountSid);
            case TwilioRoutes.UPDATE:
                return update(call, accountSid);
            case TwilioRoutes.DELETE:
                return delete(call, accountSid);
            case TwilioRoutes.MEDIA_LIST:
                return mediaList(call, accountSid);
            case TwilioRoutes.MEDIA_FETCH:
                return json(200, MessageJson.media(media(call, accountSid)));
            case TwilioRoutes.MEDIA_DELETE:
                return mediaDelete(call, accountSid);
            case TwilioRoutes.MEDIA_CONTENT:
                return mediaContent(call, accountSid);
            default:
                throw TwilioErrors.raise(TwilioErrors.notFound(call.request().path()));
        }
    }

    private FakeResponse create(ApiCall call, String accountSid, @Nullable Directive directive) {
        NewMessage request = validator.validate(call.request().form());
        String sid = sids.next(request.hasMedia() ? "MM" : "SM");
        Instant now = store.now();
        List<Media> media = new ArrayList<>();
        List<OutboundMedia> files = new ArrayList<>();
        for (String url : request.mediaUrls()) {
            OutboundMedia file = OutboundMedia.resolve(url, mediaStore);
            Media attached = new Media(sids.next("ME"), url, file.contentType());
            media.add(attached);
            files.add(file);
            mediaStore.add(new StoredMedia(attached.sid(), accountSid, sid, file.contentType(), file.content(), now));
        }
        ContentTemplate template = request.isTemplate() ? template(request) : null;
        boolean allowed = windowOpen(request, now) || (template != null && template.startsConversations());
        Integer mediaError = MediaLimits.check(request.isWhatsApp(), files).orElse(null);
        CallbackChaos chaos = directive instanceof CallbackChaos given ? given : null;
        DeliveryOutcome outcome =
                Lifecycle.outcome(request, chaos != null ? chaos.outcome() : directive, allowed, mediaError);
        String body = template != null
                ? ContentVariables.render(template, ContentVariables.parse(request.contentVariables()))
                : request.body() == null ? "" : request.body();
        StoredMessage message = new StoredMessage(
                sid,
                accountSid,
                store.nextSequence(),
                request,
                request.from() == null ? null : request.from().canonical(),
                body,
                media,
                Lifecycle.plan(request, outcome),
                0,
                outcome.errorCode(),
                now,
                now,
                null);
        if (chaos != null) {
            store.add(message, chaos);
        } else {
            store.add(message);
        }
        return json(201, MessageJson.message(message));
    }

    /** The account's template the message names (21655 otherwise), its variables checked (21656). */
    private ContentTemplate template(NewMessage request) {
        String contentSid =
                Objects.requireNonNull(request.contentSid(), "only a message sent with a ContentSid has a template");
        ContentTemplate template =
                contents.find(contentSid).orElseThrow(() -> TwilioErrors.raise(TwilioErrors.invalidContentSid()));
        ContentVariables.parse(request.contentVariables());
        return template;
    }

    /** The window is the recipient's with the sender; a Messaging Service sends WhatsApp from the sandbox number. */
    private boolean windowOpen(NewMessage request, Instant now) {
        if (!request.isWhatsApp()) {
            return true;
        }
        Address sender = request.from() != null ? request.from() : Address.parse(StoredMessage.WHATSAPP_SENDER);
        return windows.isOpen(request.to(), sender, now);
    }

    private FakeResponse fetch(ApiCall call, String accountSid) {
        StoredMessage message = store.advance(accountSid, sid(call)).orElseThrow(() -> notFound(call));
        return json(200, MessageJson.message(message));
    }

    private FakeResponse list(ApiCall call, String accountSid) {
        Map<String, List<String>> query = call.request().query();
        MessageFilter filter = MessageFilter.from(query);
        List<StoredMessage> matching =
                store.list(accountSid).stream().filter(filter::matches).toList();
        return json(
                200,
                Paging.from(query)
                        .page(
                                call.request().path(),
                                filter.query(),
                                "messages",
                                matching,
                                StoredMessage::sid,
                                MessageJson::message));
    }

    private FakeResponse update(ApiCall call, String accountSid) {
        Map<String, List<String>> form = call.request().form();
        Optional<String> newBody = first(form, "Body");
        boolean cancel = first(form, "Status").map("canceled"::equals).orElse(false);
        StoredMessage updated = store.update(accountSid, sid(call), message -> {
                    Instant now = store.now();
                    StoredMessage changed = message;
                    if (cancel) {
                        if (message.status() != MessageStatus.SCHEDULED) {
                            throw TwilioErrors.raise(TwilioErrors.cannotCancel());
                        }
                        changed = changed.canceled(now);
                    }
                    if (newBody.isPresent()) {
                        changed = changed.withBody(newBody.get(), now);
                    }
                    return changed;
                })
                .orElseThrow(() -> notFound(call));
        return json(200, MessageJson.message(updated));
    }

    private FakeResponse delete(ApiCall call, String accountSid) {
        if (!store.delete(accountSid, sid(call))) {
            throw notFound(call);
        }
        return headers.addTo(FakeResponse.empty(204));
    }

    /** Media of a message the account sent, or received through the webhook simulators. */
    private FakeResponse mediaList(ApiCall call, String accountSid) {
        String messageSid = call.pathVariable("MessageSid").orElse("");
        if (store.find(accountSid, messageSid).isEmpty() && !mediaStore.knows(accountSid, messageSid)) {
            throw notFound(call);
        }
        return json(
                200,
                Paging.from(call.request().query())
                        .page(
                                call.request().path(),
                                "",
                                "media_list",
                                mediaStore.list(accountSid, messageSid),
                                StoredMedia::sid,
                                MessageJson::media));
    }

    private StoredMedia media(ApiCall call, String accountSid) {
        return mediaStore
                .find(accountSid, call.pathVariable("MessageSid").orElse(""), sid(call))
                .orElseThrow(() -> notFound(call));
    }

    private FakeResponse mediaDelete(ApiCall call, String accountSid) {
        if (!mediaStore.delete(accountSid, call.pathVariable("MessageSid").orElse(""), sid(call))) {
            throw notFound(call);
        }
        return headers.addTo(FakeResponse.empty(204));
    }

    /** The file itself, served as it was received or declared; media the fake never saw the bytes of is not found. */
    private FakeResponse mediaContent(ApiCall call, String accountSid) {
        StoredMedia media = media(call, accountSid);
        if (!media.hasContent()) {
            throw notFound(call);
        }
        return headers.addTo(new FakeResponse(
                200, HttpHeaders.of("Content-Type", media.contentType()), new ResponseBody.Bytes(media.content())));
    }

    private FakeResponse json(int status, ObjectNode body) {
        return headers.addTo(FakeResponse.json(status, body));
    }

    private static String sid(ApiCall call) {
        return call.pathVariable("Sid").orElse("");
    }

    private static RuntimeException notFound(ApiCall call) {
        return TwilioErrors.raise(TwilioErrors.notFound(call.request().path()));
    }

    private static Optional<String> first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
