package dev.mockapis.junit;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.core.FakeApi;
import dev.mockapis.core.FakeServer;
import dev.mockapis.twilio.TwilioFake;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * What the extension injects, by parameter type and annotation. The SDK clients are recognised by class
 * name, so that the SDKs stay optional: their classes are touched only for a parameter of their type.
 */
final class Injectables {

    private static final String OPENAI_CLIENT = "com.openai.client.OpenAIClient";
    private static final String TWILIO_REST_CLIENT = "com.twilio.http.TwilioRestClient";

    private Injectables() {}

    static boolean supports(ParameterContext parameter) {
        Class<?> type = parameter.getParameter().getType();
        Optional<BaseUrl> baseUrl = parameter.findAnnotation(BaseUrl.class);
        if (baseUrl.isPresent()) {
            if (type != String.class && type != URI.class) {
                throw new ParameterResolutionException("A @BaseUrl parameter is a String or a java.net.URI, not "
                        + type.getName() + ": " + parameter.getParameter());
            }
            return true;
        }
        if (parameter.isAnnotated(Fake.class)) {
            if (type != FakeServer.class && !FakeApi.class.isAssignableFrom(type)) {
                throw new ParameterResolutionException(
                        "A @Fake parameter is a FakeServer or a FakeApi such as TwilioFake, not " + type.getName()
                                + ": " + parameter.getParameter());
            }
            return true;
        }
        return type == MockInteractionVerifier.class
                || type == MockApiServers.class
                || type == TwilioWebhooks.class
                || type.getName().equals(OPENAI_CLIENT)
                || type.getName().equals(TWILIO_REST_CLIENT);
    }

    static Object resolve(ParameterContext parameter, ClassFakes fakes) {
        Class<?> type = parameter.getParameter().getType();
        Optional<BaseUrl> baseUrl = parameter.findAnnotation(BaseUrl.class);
        if (baseUrl.isPresent()) {
            String url = fakes.baseUrl(baseUrl.get().value());
            return type == URI.class ? URI.create(url) : url;
        }
        Optional<Fake> fake = parameter.findAnnotation(Fake.class);
        if (fake.isPresent()) {
            FakeServer server = fakes.server(fake.get().value());
            if (type == FakeServer.class) {
                return server;
            }
            if (!type.isInstance(server.api())) {
                throw new IllegalArgumentException("the " + fake.get().value() + " fake is a "
                        + server.api().getClass().getName() + ", not a " + type.getName());
            }
            return server.api();
        }
        if (type == MockInteractionVerifier.class) {
            return new MockInteractionVerifier(fakes);
        }
        if (type == MockApiServers.class) {
            return fakes;
        }
        if (type == TwilioWebhooks.class) {
            return twilioWebhooks(fakes);
        }
        if (type.getName().equals(OPENAI_CLIENT)) {
            return fakes.shared(
                            OPENAI_CLIENT,
                            SdkClients.OpenAiClient.class,
                            () -> SdkClients.openAi(
                                    fakes.baseUrl("openai"), fakes.credentials().openAiApiKey()))
                    .client();
        }
        if (type.getName().equals(TWILIO_REST_CLIENT)) {
            return fakes.shared(
                            TWILIO_REST_CLIENT,
                            SdkClients.TwilioClient.class,
                            () -> SdkClients.twilio(fakes.baseUrl(TwilioFake.NAME), fakes.credentials()))
                    .client();
        }
        throw new IllegalStateException("Nothing to inject for " + parameter.getParameter());
    }

    static TwilioWebhooks twilioWebhooks(ClassFakes fakes) {
        return new TwilioWebhooks(
                fakes.credentials().twilioAccountSid(),
                fakes.credentials().twilioAuthToken(),
                () -> (TwilioFake) fakes.server(TwilioFake.NAME).api(),
                () -> fakes.baseUrl(TwilioFake.NAME));
    }
}
