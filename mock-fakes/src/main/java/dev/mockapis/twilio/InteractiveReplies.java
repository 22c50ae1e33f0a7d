package dev.mockapis.twilio;

import java.util.List;
import java.util.Objects;

/** Finds the button or list item a customer taps on a message the application sent with an interactive template. */
final class InteractiveReplies {

    private final MessageStore messages;
    private final ContentStore contents;

    InteractiveReplies(MessageStore messages, ContentStore contents) {
        this.messages = messages;
        this.contents = contents;
    }

    InteractiveReply reply(String accountSid, String messageSid, String optionId) {
        StoredMessage message = messages.find(accountSid, messageSid)
                .orElseThrow(() -> new IllegalArgumentException(
                        "The Twilio fake has no message " + messageSid + " for the customer to answer"));
        NewMessage request = message.request();
        if (!request.isWhatsApp() || !request.isTemplate()) {
            throw new IllegalArgumentException("Message " + messageSid
                    + " has no buttons to tap: only WhatsApp messages sent with a quick-reply, card or"
                    + " list-picker ContentSid have them");
        }
        MessageStatus end = message.path().get(message.path().size() - 1);
        if (end != MessageStatus.DELIVERED) {
            throw new IllegalStateException("Message " + messageSid + " never reaches the customer (it ends "
                    + end.wire() + " with " + message.errorCode() + "), so nobody can tap its buttons");
        }
        String contentSid = Objects.requireNonNull(request.contentSid(), "a template message, as checked above");
        ContentTemplate template = contents.find(contentSid)
                .orElseThrow(() -> new IllegalArgumentException(
                        "The template " + contentSid + " of message " + messageSid + " was deleted"));
        List<InteractiveOptions.Option> options =
                InteractiveOptions.of(template, ContentVariables.parse(request.contentVariables()));
        if (options.isEmpty()) {
            throw new IllegalArgumentException("Message " + messageSid + " was sent with a " + template.contentType()
                    + " template, which has no quick-reply buttons or list items");
        }
        InteractiveOptions.Option option = options.stream()
                .filter(candidate -> candidate.id().equals(optionId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Message " + messageSid + " offers no option '"
                        + optionId + "'; its options are "
                        + options.stream().map(InteractiveOptions.Option::id).toList()));
        return new InteractiveReply(
                message.to(),
                message.from() != null ? message.from() : StoredMessage.WHATSAPP_SENDER,
                messageSid,
                option.id(),
                option.title(),
                option.description(),
                option.listItem());
    }
}
