package dev.mockapis.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

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

    /**
     * Whether a test fails when a fake received a request that matched none of its routes, with the
     * closest routes in the message. @MockApis(strict = false) relaxes it for one test class or method.
     */
    private boolean strict = true;

    /**
     * Whether a test also fails when responses it scripted were never used (over-mocking); otherwise
     * they are logged as a warning. Built-in scenarios, and rules for operations the test never called,
     * do not count. Applies only while strict is true.
     */
    private boolean strictUnusedResponses;

    /** The interaction logs of the fakes. */
    private final Log log = new Log();

    /** The bounds every fake's HTTP server keeps. */
    private final Server server = new Server();

    /** The OpenAI fake. */
    private final OpenAi openai = new OpenAi();

    /** The Twilio fake. */
    private final Twilio twilio = new Twilio();

    /**
     * Rate limiters for calls a test suite makes to the real services, by name: each name's
     * calls-per-second (and timeout: how long a call waits for its turn, 1m by default) makes a
     * resilience4j RateLimiter, available from the LiveCallLimiters bean.
     */
    private final Map<String, LiveCalls> liveCalls = new LinkedHashMap<>();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isStrict() {
        return strict;
    }

    public void setStrict(boolean strict) {
        this.strict = strict;
    }

    public boolean isStrictUnusedResponses() {
        return strictUnusedResponses;
    }

    public void setStrictUnusedResponses(boolean strictUnusedResponses) {
        this.strictUnusedResponses = strictUnusedResponses;
    }

    public Map<String, LiveCalls> getLiveCalls() {
        return liveCalls;
    }

    public Log getLog() {
        return log;
    }

    public Server getServer() {
        return server;
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
        private @Nullable String baseUrl;

        /** API key the redirected clients send to the OpenAI fake. */
        private String apiKey = "sk-mockapis-test";

        /** Rate limit the OpenAI fake enforces, with OpenAI's 429 and x-ratelimit-* headers. */
        private final RateLimit rateLimit = new RateLimit();

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public @Nullable String getBaseUrl() {
            return baseUrl;
        }

        public void setBaseUrl(@Nullable String baseUrl) {
            this.baseUrl = baseUrl;
        }

        public String getApiKey() {
            return apiKey;
        }

        public void setApiKey(String apiKey) {
            this.apiKey = apiKey;
        }

        public RateLimit getRateLimit() {
            return rateLimit;
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
        private @Nullable String baseUrl;

        /** Account SID the Twilio fake accepts and the redirected clients use. */
        private String accountSid = "AC0a1b2c3d4e5f60718293a4b5c6d7e8f9";

        /** Auth token the Twilio fake accepts and signs webhooks with. */
        private String authToken = "f0e1d2c3b4a5968778695a4b3c2d1e0f";

        /**
         * Scheme, host and port of the URLs simulated webhooks are signed for; MockMvc presents
         * requests as http://localhost.
         */
        private String webhookBaseUrl = "http://localhost";

        /** Rate limit the Twilio fake enforces, answering 429 with Twilio's error 20429. */
        private final RateLimit rateLimit = new RateLimit();

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public @Nullable String getBaseUrl() {
            return baseUrl;
        }

        public void setBaseUrl(@Nullable String baseUrl) {
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

        public RateLimit getRateLimit() {
            return rateLimit;
        }
    }

    /**
     * A provider rate limit a fake enforces from its start, with a fresh window for every test; any api,
     * your own included, reads it from mockapis.&lt;api&gt;.rate-limit.*.
     */
    public static class RateLimit {

        /** Requests the fake admits per window; past them it answers the provider's 429. No limit when unset. */
        private @Nullable Integer requestsPerMinute;

        /**
         * Tokens the fake admits per window, for apis that count them (the LLMs); a request that would
         * overspend them gets the provider's 429. No limit when unset.
         */
        private @Nullable Integer tokensPerMinute;

        /**
         * Length of the window the limits count in and reset after. Providers count per minute, the
         * default; with a shorter window a test sees the limit reset sooner, and the per-minute numbers
         * then apply to each window.
         */
        private Duration window = Duration.ofMinutes(1);

        public @Nullable Integer getRequestsPerMinute() {
            return requestsPerMinute;
        }

        public void setRequestsPerMinute(@Nullable Integer requestsPerMinute) {
            this.requestsPerMinute = requestsPerMinute;
        }

        public @Nullable Integer getTokensPerMinute() {
            return tokensPerMinute;
        }

        public void setTokensPerMinute(@Nullable Integer tokensPerMinute) {
            this.tokensPerMinute = tokensPerMinute;
        }

        public Duration getWindow() {
            return window;
        }

        public void setWindow(Duration window) {
            this.window = window;
        }
    }

    /** A limiter for calls a test suite makes to a real service. */
    public static class LiveCalls {

        /**
         * Calls allowed per second, spaced evenly: 0.5 lets one call through every two seconds, 10 one
         * every 100 ms.
         */
        private double callsPerSecond = 1;

        /** How long a call waits for its turn before failing with resilience4j's RequestNotPermitted. */
        private Duration timeout = Duration.ofMinutes(1);

        public double getCallsPerSecond() {
            return callsPerSecond;
        }

        public void setCallsPerSecond(double callsPerSecond) {
            this.callsPerSecond = callsPerSecond;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }

    /** The interaction log each fake keeps of the requests it received. */
    public static class Log {

        /**
         * About how much memory each fake's interaction log may hold. Past it the oldest entries are
         * dropped (call counts stay exact, and verifier failures say how many were dropped).
         */
        private DataSize maxBytes = DataSize.ofMegabytes(64);

        public DataSize getMaxBytes() {
            return maxBytes;
        }

        public void setMaxBytes(DataSize maxBytes) {
            this.maxBytes = maxBytes;
        }
    }

    /** Bounds on the fakes' HTTP servers, so that no client or scenario can make a test hang. */
    public static class Server {

        /**
         * How long a stall (the timeout scenario, the stall fault) holds a connection before the fake
         * closes it. A client that gives up earlier releases it at once.
         */
        private Duration stallLimit = Duration.ofSeconds(10);

        /**
         * How long a client may take to send the rest of a request it has started; past it the fake
         * answers 408 and closes the connection.
         */
        private Duration readTimeout = Duration.ofSeconds(10);

        /** How long a kept-alive connection may wait for its next request before the fake closes it. */
        private Duration idleTimeout = Duration.ofSeconds(60);

        public Duration getStallLimit() {
            return stallLimit;
        }

        public void setStallLimit(Duration stallLimit) {
            this.stallLimit = stallLimit;
        }

        public Duration getReadTimeout() {
            return readTimeout;
        }

        public void setReadTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
        }

        public Duration getIdleTimeout() {
            return idleTimeout;
        }

        public void setIdleTimeout(Duration idleTimeout) {
            this.idleTimeout = idleTimeout;
        }
    }
}
