package dev.mockapis.twilio;

/**
 * The recipient's 24-hour WhatsApp customer-service window is closed: a freeform WhatsApp message
 * (one without a {@code ContentSid} template) is created, then fails with error 63016. Templates sent
 * with {@code ContentSid} and non-WhatsApp messages are unaffected.
 */
public record OutsideWhatsAppWindow() implements MessageDirective {}
