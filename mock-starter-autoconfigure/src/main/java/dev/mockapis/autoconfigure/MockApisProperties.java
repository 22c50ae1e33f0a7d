package dev.mockapis.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the MockApis fakes. The base URLs are provided by the fakes themselves when they
 * start; the other values have defaults that suit tests.
 */
@ConfigurationProperties("mockapis")
public class MockApisProperties {

    /**
     * Whether to start the fakes and point clients at them. @MockApis sets it for its test
     * contexts; set it yourself to run an application on the fakes outside tests.
     */
    private boolean enabled;

    /** The OpenAI fake. */
    private final OpenAi openai = new OpenAi();

    /** The Twilio fake. */
    private final Twilio twilio = new Twilio();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public OpenAi getOpenai() {
        return openai;
    }

    public Twilio getTwilio() {
        return twilio;
    }

    /** Settings of the OpenAI fake. */
    public static class OpenAi {

        /** Whether to start the OpenAI fake when the fakes are enabled. */
        private boolean enabled = true;

        /**
         * Base URL of the OpenAI fake, ending in /v1, as the OpenAI SDKs and Spring AI expect. Provided
         * by the fake when it starts.
         */
        private String baseUrl;

        /** API key the redirected clients send to the OpenAI fake. */
        private String apiKey = "sk-mockapis-test";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getBaseUrl() {
            return baseUrl;
        }

        public void setBaseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        public String getApiKey() {
            return apiKey;
        }

        public void setApiKey(String apiKey) {
            this.apiKey = apiKey;
        }
    }

    /** Settings of the Twilio fake. */
    public static class Twilio {

        /** Whether to start the Twilio fake when the fakes are enabled. */
        private boolean enabled = true;

        /**
         * Base URL of the Twilio fake: scheme, host and port only (API paths start with /2010-04-01).
         * Provided by the fake when it starts.
         */
        private String baseUrl;

        /** Account SID the Twilio fake accepts and the redirected clients use. */
        private String accountSid = "AC0a1b2c3d4e5f60718293a4b5c6d7e8f9";

        /** Auth token the Twilio fake accepts and signs webhooks with. */
        private String authToken = "f0e1d2c3b4a5968778695a4b3c2d1e0f";

        /**
         * Scheme, host and port of the URLs simulated webhooks are signed for; MockMvc presents
         * requests as http://localhost.
         */
        private String webhookBaseUrl = "http://localhost";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getBaseUrl() {
            return baseUrl;
        }

        public void setBaseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        public String getAccountSid() {
            return accountSid;
        }

        public void setAccountSid(String accountSid) {
            this.accountSid = accountSid;
        }

        public String getAuthToken() {
            return authToken;
        }

        public void setAuthToken(String authToken) {
            this.authToken = authToken;
        }

        public String getWebhookBaseUrl() {
            return webhookBaseUrl;
        }

        public void setWebhookBaseUrl(String webhookBaseUrl) {
            this.webhookBaseUrl = webhookBaseUrl;
        }
    }
}
