package dev.mockapis.core.conversation;

/**
 * A kind of failure every LLM provider has, named once so a script can fail the same way on each:
 * every fake renders it as its provider does (Anthropic's {@code overloaded_error} with 529, Gemini's
 * {@code UNAVAILABLE} with 503, ...).
 */
public enum Failure {

    /** The request is malformed or breaks a rule of the API (400). */
    INVALID_REQUEST,

    /** The credentials are missing or wrong. */
    UNAUTHORIZED,

    /** The credentials may not do this (403). */
    PERMISSION_DENIED,

    /** The model or resource does not exist (404). */
    NOT_FOUND,

    /** Too many requests or tokens (429). */
    RATE_LIMITED,

    /** The account has no credit left (402 where the provider has it, otherwise its quota error). */
    INSUFFICIENT_BALANCE,

    /** An error inside the provider (500). */
    SERVER_ERROR,

    /** The provider is overloaded and sheds load (529 at Anthropic, 503 elsewhere). */
    OVERLOADED
}
