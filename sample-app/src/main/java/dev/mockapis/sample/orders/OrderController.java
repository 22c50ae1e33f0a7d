package dev.mockapis.sample.orders;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Order look-ups for staff tools, through the same client the orders agent uses: the order service's
 * timeouts become 504 Gateway Timeout and its failures 502 Bad Gateway.
 */
@RestController
class OrderController {

    private final OrderServiceClient orders;

    OrderController(OrderServiceClient orders) {
        this.orders = orders;
    }

    @GetMapping("/api/orders/{number}")
    ResponseEntity<Order> order(@PathVariable String number) {
        return ResponseEntity.of(orders.find(number));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> unavailable(OrderServiceException e) {
        return ResponseEntity.status(e.isTimeout() ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.BAD_GATEWAY)
                .body(Map.of("detail", e.getMessage()));
    }
}
