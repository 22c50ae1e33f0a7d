package dev.mockapis.autoconfigure;

import dev.mockapis.MockApiServers;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Asks the context's {@link MockApiServers}, registered before any configuration is read, whether an api is enabled. */
final class OnMockApiCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Map<String, Object> attributes =
                Objects.requireNonNull(metadata.getAnnotationAttributes(ConditionalOnMockApi.class.getName()));
        String api = (String) Objects.requireNonNull(attributes.get("value"));
        ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
        if (beanFactory == null || !beanFactory.containsSingleton(MockApisContextInitializer.SERVERS_BEAN_NAME)) {
            return ConditionOutcome.noMatch("no MockApiServers in the context");
        }
        MockApiServers servers = (MockApiServers)
                Objects.requireNonNull(beanFactory.getSingleton(MockApisContextInitializer.SERVERS_BEAN_NAME));
        return servers.isEnabled(api)
                ? ConditionOutcome.match("the " + api + " fake is enabled")
                : ConditionOutcome.noMatch("the " + api + " fake is not enabled");
    }
}
