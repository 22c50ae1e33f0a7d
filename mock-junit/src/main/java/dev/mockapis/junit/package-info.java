/**
 * The MockApis fakes in plain JUnit Jupiter tests, without Spring: {@link dev.mockapis.junit.MockApisTest}
 * or {@link dev.mockapis.junit.MockApisExtension} start the fakes per test class, apply the scenarios
 * {@link dev.mockapis.MockApis} selects per class and method, reset the fakes after each test and inject
 * base URLs, the fakes, the {@link dev.mockapis.MockInteractionVerifier} and
 * {@link dev.mockapis.junit.TwilioWebhooks}, which signs Twilio webhooks as {@code java.net.http} requests.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.mockapis.junit;

import org.jspecify.annotations.NullMarked;
