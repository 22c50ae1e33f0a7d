package dev.mockapis.twilio;

/**
 * A content template's WhatsApp approval request. Its status moves {@code received → pending →
 * approved}, one step each time the approval is fetched, as nothing in the fake moves on a timer.
 *
 * @param name the template name WhatsApp knows it by
 * @param category {@code UTILITY}, {@code MARKETING} or {@code AUTHENTICATION}
 * @param status {@code received}, {@code pending}, {@code approved}...
 * @param allowCategoryChange whether WhatsApp may change the category
 */
record WhatsAppApproval(String name, String category, String status, boolean allowCategoryChange) {

    static final String APPROVED = "approved";

    boolean isApproved() {
        return APPROVED.equals(status);
    }

    /** The approval as the next fetch reports it. */
    WhatsAppApproval reviewed() {
        String next = switch (status) {
            case "received" -> "pending";
            case "pending" -> APPROVED;
            default -> status;
        };
        return new WhatsAppApproval(name, category, next, allowCategoryChange);
    }
}
