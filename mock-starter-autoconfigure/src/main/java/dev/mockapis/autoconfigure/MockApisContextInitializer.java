package dev.mockapis.autoconfigure;

import dev.mockapis.MockApiDefinition;
import dev.mockapis.MockApiServers;
import java.util.List;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Gives every application context its {@link MockApiServers} before anything reads the Environment:
 * registers them as a singleton that is destroyed with the context, and adds the property sources that
 * expose the fakes' URLs and redirect client properties. The apis are those listed in
 * {@code spring.factories}; {@link MockApiDefinitionBeans} adds those declared as beans later.
 *
 * <p>Nothing starts here: a fake starts when its URL is first read, so whether it is enabled is decided
 * by the finished Environment (including {@code @MockApis}, test properties and property sources added
 * after this initializer), and a context that never needs a fake never opens a port.
 */
public final class MockApisContextInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The name of the {@link MockApiServers} bean. */
    public static final String SERVERS_BEAN_NAME = "mockApiServers";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (environment.getPropertySources().contains(MockApisPropertySource.NAME)) {
            return;
        }
        ClassLoader classLoader = context.getClassLoader() != null
                ? context.getClassLoader()
                : MockApisContextInitializer.class.getClassLoader();
        List<MockApiDefinition> definitions =
                SpringFactoriesLoader.forDefaultResourceLocation(classLoader).load(MockApiDefinition.class);
        ContextMockApiServers servers = new ContextMockApiServers(definitions, environment, classLoader);
        environment.getPropertySources().addFirst(new RedirectedPropertySource(servers, environment));
        environment.getPropertySources().addLast(new MockApisPropertySource(servers));
        ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
        beanFactory.registerSingleton(SERVERS_BEAN_NAME, servers);
        if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean(SERVERS_BEAN_NAME, servers);
        }
    }
}
