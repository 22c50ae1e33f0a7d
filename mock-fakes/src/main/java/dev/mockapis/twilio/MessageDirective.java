package dev.mockapis.twilio;

import dev.mockapis.core.Directive;

/**
 * An instruction a scenario gives the Twilio fake for one {@code messages.create} call, passed with
 * {@code Rule.Builder.proceedWith(directive)}: the message is created as usual, then its lifecycle
 * follows the directive.
 */
public sealed interface MessageDirective extends Directive
        permits DeliveryOutcome, OutsideWhatsAppWindow, CallbackChaos {}
