package dev.mockapis.sample.orders;

import io.github.resilience4j.retry.Retry;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Optional;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Asks the business's order service about orders, with connect and read timeouts, and retries with
 * exponential backoff when it answers 5xx or drops the connection. A timeout is not retried: the
 * customer is waiting, and a service that did not answer in time rarely does on the second try.
 */
@Component
public class OrderServiceClient {

    private final RestClient http;
    private final Retry retry;

    OrderServiceClient(OrderServiceProperties properties) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.connectTimeout());
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder()
                .baseUrl(properties.baseUrl().toString())
                .requestFactory(requests)
                .build();
        this.retry = Retry.of("order-service", properties.retry().toConfig(OrderServiceClient::isRetryable));
    }

    /**
     * The order with this number, or empty when the service does not know it.
     *
     * @throws OrderServiceException when the service times out or keeps failing
     */
    public Optional<Order> find(String number) {
        try {
            return Optional.ofNullable(retry.executeSupplier(
                    () -> http.get().uri("/orders/{number}", number).retrieve().body(Order.class)));
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        } catch (ResourceAccessException e) {
            boolean timeout = isTimeout(e);
            throw new OrderServiceException(
                    timeout ? "The order service timed out" : "The order service is unreachable", timeout, e);
        } catch (HttpServerErrorException e) {
            throw new OrderServiceException(
                    "The order service failed with " + e.getStatusCode().value(), false, e);
        }
    }

    private static boolean isRetryable(Throwable failure) {
        return failure instanceof HttpServerErrorException
                || (failure instanceof ResourceAccessException && !isTimeout(failure));
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
