package dev.mockapis.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when at least one {@code mockapis.live-calls.<name>} limiter is configured. */
final class OnLiveCallsCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        boolean configured = Binder.get(context.getEnvironment())
                .bind("mockapis.live-calls", Bindable.mapOf(String.class, MockApisProperties.LiveCalls.class))
                .map(limiters -> !limiters.isEmpty())
                .orElse(false);
        return configured
                ? ConditionOutcome.match("mockapis.live-calls limiters are configured")
                : ConditionOutcome.noMatch("no mockapis.live-calls limiter is configured");
    }
}
