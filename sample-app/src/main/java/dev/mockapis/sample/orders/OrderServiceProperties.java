package dev.mockapis.sample.orders;

import dev.mockapis.sample.resilience.RetrySettings;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The business's order service, which the orders agent asks about orders.
 *
 * @param baseUrl its root URL; orders are at {@code <baseUrl>/orders/<number>}
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer before giving up (the caller gets 504)
 * @param retry how server errors and dropped connections are retried
 */
@ConfigurationProperties("orders")
public record OrderServiceProperties(
        URI baseUrl,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("3s") Duration readTimeout,
        RetrySettings retry) {}
