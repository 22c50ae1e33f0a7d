/**
 * The Twilio fake: {@link dev.mockapis.twilio.TwilioFake}, its message directives, webhook signatures
 * and the client that redirects twilio-java to it.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.mockapis.twilio;

import org.jspecify.annotations.NullMarked;
