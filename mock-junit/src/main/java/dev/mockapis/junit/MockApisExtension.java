package dev.mockapis.junit;

import dev.mockapis.ApiScenario;
import dev.mockapis.MockApiServers;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.Recordings;
import dev.mockapis.core.FakeApi;
import dev.mockapis.core.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The MockApis fakes in plain JUnit Jupiter tests, without Spring.
 *
 * <ul>
 *   <li>Each api's fake (OpenAI, Twilio, Anthropic, Gemini, DeepSeek, and any added with
 *       {@link Builder#api}) starts once per test class, the first time the class needs it, on a random
 *       loopback port, and stops when the class is done. {@code @Nested} classes share their enclosing
 *       class's fakes.</li>
 *   <li>Before each test the scenarios {@link dev.mockapis.MockApis @MockApis} selects become active:
 *       the method's annotation wins as a whole over the class's; without either every api runs its
 *       default scenario. An unknown api or scenario fails the test at its start, naming the known ones.
 *       Scenario files on the test classpath ({@code mockapis/scenarios/<api>/<name>.yaml}, {@code .yml}
 *       or {@code .json}) and scenarios registered with {@link Builder#scenario} are selectable by name.</li>
 *   <li>After each test, in strict mode ({@link dev.mockapis.MockApis#strict()}, on by default), a
 *       request that no route of a fake matched fails the test; then every fake is reset: default
 *       scenario, no state, an empty interaction log.</li>
 *   <li>Record and replay ({@link Recordings}), configured by system properties such as
 *       {@code -Dmockapis.openai.mode=record}: a test's calls are forwarded to the real provider and
 *       written under {@code src/test/resources/mockapis/recordings/<class>/<method>/}, or replayed from
 *       there once recorded.</li>
 *   <li>Test, lifecycle-method and constructor parameters are injected: {@link MockInteractionVerifier},
 *       {@link MockApiServers}, {@link TwilioWebhooks}, {@link BaseUrl @BaseUrl("api")} {@code String}
 *       or {@code URI}, {@link Fake @Fake("api")} {@code FakeServer} or the fake's own type, and, when
 *       the SDKs are on the test classpath, an openai-java {@code OpenAIClient} and a twilio-java
 *       {@code TwilioRestClient} already pointed at the fakes with their test credentials.</li>
 * </ul>
 *
 * <p>Declared with {@link MockApisTest @MockApisTest} (or {@code @ExtendWith}), or registered in a
 * static field to configure it:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final MockApisExtension mockApis = MockApisExtension.builder()
 *         .twilioCredentials("AC0123456789abcdef0123456789abcdef", "secret-token")
 *         .scenario("openai", Scenario.builder("slow_replies")
 *                 .on("chat.completions.create", r -> r.proceed(Fault.delay(Duration.ofSeconds(2))))
 *                 .build())
 *         .build();
 * }</pre>
 *
 * Register it once per class: declaring it and registering it too fails the class.
 */
public final class MockApisExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    /** The Twilio account SID the Twilio fake serves unless {@link Builder#twilioCredentials} sets another. */
    public static final String TWILIO_ACCOUNT_SID = "AC0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    /**
     * The Twilio auth token the Twilio fake checks and {@link TwilioWebhooks} signs with unless
     * {@link Builder#twilioCredentials} sets another: what an application under test validates
     * {@code X-Twilio-Signature} with.
     */
    public static final String TWILIO_AUTH_TOKEN = "f0e1d2c3b4a5968778695a4b3c2d1e0f";

    /** The API key the injected {@code OpenAIClient} sends unless {@link Builder#openAiApiKey} sets another. */
    public static final String OPENAI_API_KEY = "sk-mockapis-test";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(MockApisExtension.class);
    private static final String FAKES = "fakes";
    private static final String OWNER = "owner";

    private final List<ApiDefinition> extraApis;
    private final Map<String, List<Scenario>> scenarios;
    private final Credentials credentials;
    private volatile @Nullable ClassFakes current;

    /** The extension with the built-in apis and their test credentials, as {@link MockApisTest} declares it. */
    public MockApisExtension() {
        this(new Builder());
    }

    private MockApisExtension(Builder builder) {
        this.extraApis = List.copyOf(builder.apis.values());
        Map<String, List<Scenario>> copy = new LinkedHashMap<>();
        builder.scenarios.forEach((api, list) -> copy.put(api, List.copyOf(list)));
        this.scenarios = Map.copyOf(copy);
        this.credentials = builder.credentials;
    }

    /** Starts configuring an extension for a {@link org.junit.jupiter.api.extension.RegisterExtension @RegisterExtension} field. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        claim(context);
        fakes(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        claim(context);
        ScenarioSelection selection = ScenarioSelection.of(context.getRequiredTestClass(), context.getTestMethod());
        context.getStore(NAMESPACE).put(ScenarioSelection.class, selection);
        ClassFakes fakes = fakes(context);
        fakes.select(selection.scenarios(), selection.source(), selection.streamTiming());
        context.getStore(NAMESPACE)
                .put(
                        Recordings.Session.class,
                        Recordings.configuredBySystem()
                                .start(
                                        fakes,
                                        context.getRequiredTestClass(),
                                        context.getRequiredTestMethod().getName()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!owns(context)) {
            return;
        }
        ClassFakes fakes = fakes(context);
        ScenarioSelection selection = context.getStore(NAMESPACE).get(ScenarioSelection.class, ScenarioSelection.class);
        Recordings.Session recordings =
                context.getStore(NAMESPACE).remove(Recordings.Session.class, Recordings.Session.class);
        try {
            if (recordings != null) {
                recordings.finish(context.getExecutionException().isPresent());
            }
            if (selection != null && selection.strict()) {
                new MockInteractionVerifier(fakes).assertNoUnmatchedRequests();
            }
        } finally {
            fakes.reset();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return owns(extensionContext) && Injectables.supports(parameterContext);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        try {
            return Injectables.resolve(parameterContext, fakes(extensionContext));
        } catch (RuntimeException e) {
            throw new ParameterResolutionException(
                    "Cannot inject " + parameterContext.getParameter() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The fakes of the test class running now, for tests that use this extension through a field
     * rather than through parameters.
     *
     * @throws IllegalStateException outside a test class this extension runs
     */
    public MockApiServers servers() {
        ClassFakes fakes = current;
        if (fakes == null) {
            throw new IllegalStateException("The fakes run only while a test class that uses this extension runs");
        }
        return fakes;
    }

    /** The base URL of an api's fake, as {@link BaseUrl} injects it; see {@link #servers()}. */
    public String baseUrl(String api) {
        return servers().baseUrl(api);
    }

    /** A verifier of the running class's fakes; see {@link #servers()}. */
    public MockInteractionVerifier verifier() {
        return new MockInteractionVerifier(servers());
    }

    /** Signed Twilio webhooks for the running class's Twilio fake; see {@link #servers()}. */
    public TwilioWebhooks twilioWebhooks() {
        return Injectables.twilioWebhooks((ClassFakes) servers());
    }

    private void claim(ExtensionContext context) {
        Object owner = context.getStore(NAMESPACE).computeIfAbsent(OWNER, key -> this);
        if (owner != this) {
            throw new ExtensionConfigurationException(
                    context.getRequiredTestClass().getName()
                            + " registers MockApisExtension twice (with @MockApisTest or @ExtendWith, and with @RegisterExtension);"
                            + " use one of them");
        }
    }

    private boolean owns(ExtensionContext context) {
        Object owner = context.getStore(NAMESPACE).get(OWNER);
        return owner == null || owner == this;
    }

    private ClassFakes fakes(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()
                && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        ClassLoader classLoader = classContext.getRequiredTestClass().getClassLoader();
        ClassFakes fakes =
                classContext.getStore(NAMESPACE).computeIfAbsent(FAKES, key -> newFakes(classLoader), ClassFakes.class);
        current = fakes;
        return fakes;
    }

    private ClassFakes newFakes(ClassLoader classLoader) {
        List<ApiDefinition> definitions = new ArrayList<>(BuiltInApis.definitions(credentials));
        definitions.addAll(extraApis);
        return new ClassFakes(definitions, scenarios, credentials, classLoader);
    }

    /** Configures a {@link MockApisExtension}. */
    public static final class Builder {

        private final Map<String, ApiDefinition> apis = new LinkedHashMap<>();
        private final Map<String, List<Scenario>> scenarios = new LinkedHashMap<>();
        private Credentials credentials = Credentials.DEFAULTS;

        private Builder() {}

        /**
         * The Twilio account the Twilio fake serves, the injected {@code TwilioRestClient} uses and
         * {@link TwilioWebhooks} signs for; a test account by default.
         *
         * @param accountSid {@code AC} followed by 32 hex digits
         * @param authToken the auth token requests authenticate with and webhooks are signed with
         */
        public Builder twilioCredentials(String accountSid, String authToken) {
            credentials = credentials.withTwilio(accountSid, authToken);
            return this;
        }

        /** The API key the injected {@code OpenAIClient} sends; {@code sk-mockapis-test} by default. */
        public Builder openAiApiKey(String apiKey) {
            credentials = credentials.withOpenAiApiKey(apiKey);
            return this;
        }

        /**
         * Makes a scenario selectable by name for an api, with {@link dev.mockapis.MockApis @MockApis} or
         * {@link MockApiServers#activate(String, String)}; one named like a built-in replaces it.
         */
        public Builder scenario(String api, Scenario scenario) {
            Objects.requireNonNull(api, "api");
            Objects.requireNonNull(scenario, "scenario");
            scenarios.computeIfAbsent(api, name -> new ArrayList<>()).add(scenario);
            return this;
        }

        /** Makes a scenario selectable by name for its api; see {@link #scenario(String, Scenario)}. */
        public Builder scenario(ApiScenario scenario) {
            return scenario(scenario.api(), scenario.scenario());
        }

        /**
         * Adds an api of the application's own, such as a {@link dev.mockapis.core.CustomApi}: its fake is
         * made once per test class and its scenarios are selected through {@code @MockApis(scenarios = "name=scenario")}.
         *
         * @param name the api's name, the same as its fake's: lower-case letters, digits and dashes
         * @param basePath what follows the server's root in its base URL, such as {@code /v1}; may be empty
         * @param fakes makes the fake
         */
        public Builder api(String name, String basePath, Supplier<? extends FakeApi> fakes) {
            ApiDefinition definition = new ApiDefinition(name, basePath, fakes);
            if (BuiltInApis.NAMES.contains(name) || apis.putIfAbsent(name, definition) != null) {
                throw new IllegalArgumentException("There is already an api named '" + name + "'");
            }
            return this;
        }

        /** The extension. */
        public MockApisExtension build() {
            scenarios.keySet().forEach(api -> {
                if (!apis.containsKey(api) && !BuiltInApis.NAMES.contains(api)) {
                    throw new IllegalArgumentException(
                            "A scenario is registered for '" + api + "', which is no api of this extension");
                }
            });
            return new MockApisExtension(this);
        }
    }
}
