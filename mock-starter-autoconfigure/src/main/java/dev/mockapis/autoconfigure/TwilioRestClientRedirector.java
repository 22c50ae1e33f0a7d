package dev.mockapis.autoconfigure;

import com.twilio.http.TwilioRestClient;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Replaces each {@link TwilioRestClient} bean of the application by one that talks to the Twilio fake.
 * The application's credentials are replaced too: the fake accepts only its own.
 */
final class TwilioRestClientRedirector implements BeanPostProcessor {

    private final TwilioClients clients;
    private final String ownClientBeanName;

    TwilioRestClientRedirector(TwilioClients clients, String ownClientBeanName) {
        this.clients = clients;
        this.ownClientBeanName = ownClientBeanName;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof TwilioRestClient && !beanName.equals(ownClientBeanName)) {
            return clients.create();
        }
        return bean;
    }
}
