package dev.mockapis.core;

/**
 * What a fake knows about a call beyond its request, such as the conversation an LLM turn continues,
 * offered to scenario matchers through {@link ApiCall#context(Class)}. Fakes define their own.
 */
public interface CallContext {}
