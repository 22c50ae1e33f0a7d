package dev.mockapis.sample;

/** The credential staff tools send to {@code /api/**} and {@code /admin/**} in the test profile. */
final class StaffToken {

    /** The {@code Authorization} header value. */
    static final String BEARER = "Bearer test-admin-token";

    private StaffToken() {}
}
