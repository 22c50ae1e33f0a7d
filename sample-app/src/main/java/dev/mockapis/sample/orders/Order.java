package dev.mockapis.sample.orders;

import java.util.List;

/**
 * An order as the order service describes it.
 *
 * @param number the order number customers quote
 * @param status {@code PROCESSING}, {@code SHIPPED}, {@code DELIVERED} or {@code CANCELLED}
 * @param items what was ordered
 * @param estimatedDelivery the expected delivery date (ISO), or {@code null}
 */
public record Order(String number, String status, List<String> items, String estimatedDelivery) {}
