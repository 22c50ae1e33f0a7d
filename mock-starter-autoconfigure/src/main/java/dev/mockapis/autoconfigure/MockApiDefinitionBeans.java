package dev.mockapis.autoconfigure;

import dev.mockapis.MockApiDefinition;
import java.util.Objects;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;

/**
 * Adds the application's {@link MockApiDefinition} beans to the context's fakes once the bean
 * definitions are known and before any other bean is created, so that beans reading
 * {@code mockapis.<api>.base-url} or a redirected property find it. Earlier readers (conditions,
 * {@code @PropertySource} placeholders) see only the definitions listed in {@code spring.factories}.
 */
final class MockApiDefinitionBeans implements BeanFactoryPostProcessor, PriorityOrdered {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsSingleton(MockApisContextInitializer.SERVERS_BEAN_NAME)) {
            return;
        }
        ContextMockApiServers servers = (ContextMockApiServers)
                Objects.requireNonNull(beanFactory.getSingleton(MockApisContextInitializer.SERVERS_BEAN_NAME));
        for (String name : beanFactory.getBeanNamesForType(MockApiDefinition.class, false, false)) {
            servers.add(beanFactory.getBean(name, MockApiDefinition.class), "bean '" + name + "'");
        }
    }

    @Override
    public int getOrder() {
        // before the placeholder configurer, which may resolve mockapis.* in bean definitions
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
