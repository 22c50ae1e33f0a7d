/**
 * What LLM fakes share: the {@link dev.mockapis.core.conversation.Reply} a scenario scripts, the
 * provider-neutral {@link dev.mockapis.core.conversation.ConversationScenarios} and matchers. Nothing
 * here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.mockapis.core.conversation;

import org.jspecify.annotations.NullMarked;
