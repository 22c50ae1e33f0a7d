package dev.mockapis.core;

/**
 * What a scenario step asks a fake to do differently when it proceeds with its own behaviour: a
 * {@link dev.mockapis.core.conversation.Reply} for the LLM fakes, a delivery outcome for Twilio, or a type
 * of your own for a {@link CustomApi}.
 *
 * <p>Not sealed: a fake of your own brings its own directives, and a sealed type could only permit
 * classes of its own package.
 */
public interface Directive {}
