package dev.mockapis.twilio;

import dev.mockapis.core.ProviderError;
import dev.mockapis.core.RequestMatcher;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioCatalog;
import java.time.Duration;
import java.util.List;

/**
 * The Twilio fake's built-in scenarios, by name. {@value #SUCCESSFUL_MESSAGING} is the default.
 *
 * <p>In every scenario except {@value #UNAUTHORIZED}, a {@code messages.create} whose To or From is
 * one of Twilio's magic test numbers gets that number's error, and does not use up a scripted step.
 */
public final class TwilioScenarios {

    /** Everything works: messages are created, then move {@code queued → sent → delivered}, one status per fetch. */
    public static final String SUCCESSFUL_MESSAGING = "successful_messaging";

    /** {@code messages.create} fails with 429/20429, then 401/20003, then 400/21211, and again, forever; other operations work. */
    public static final String API_ERRORS = "api_errors";

    /** {@code messages.create} fails with 500/20500, then 503/20503, then works; other operations work. */
    public static final String FLAKY = "flaky";

    /** Messages are created (201), then end undelivered/failed, cycling 30003, 30005, 30006, 30007 (undelivered), 30008 (failed). */
    public static final String MESSAGE_FAILURES = "message_failures";

    /** Freeform WhatsApp messages are created, then fail with 63016; {@code ContentSid} templates and SMS are delivered. */
    public static final String WHATSAPP_WINDOW_CLOSED = "whatsapp_window_closed";

    /** Messages are delivered; every status callback arrives twice, with the same idempotency token. */
    public static final String CALLBACKS_DUPLICATED = "callbacks_duplicated";

    /** Messages are delivered; each message's status callbacks arrive newest first ({@code delivered} before {@code sent}). */
    public static final String CALLBACKS_OUT_OF_ORDER = "callbacks_out_of_order";

    /** Messages are delivered; status callbacks are held back one delivery: each taking hands out the previous one's. */
    public static final String CALLBACKS_LATE = "callbacks_late";

    /** Messages are delivered; status callbacks arrive twice, newest first and one delivery late. */
    public static final String CALLBACK_CHAOS = "callback_chaos";

    /** Every operation answers 429 with code 20429. */
    public static final String RATE_LIMITED = "rate_limited";

    /** Every operation answers 401 with code 20003. */
    public static final String UNAUTHORIZED = "unauthorized";

    private static final List<String> OPERATIONS = List.of(
            TwilioRoutes.CREATE,
            TwilioRoutes.FETCH,
            TwilioRoutes.LIST,
            TwilioRoutes.UPDATE,
            TwilioRoutes.DELETE,
            TwilioRoutes.MEDIA_LIST,
            TwilioRoutes.MEDIA_FETCH,
            TwilioRoutes.MEDIA_DELETE,
            TwilioRoutes.MEDIA_CONTENT,
            TwilioRoutes.CONTENT_CREATE,
            TwilioRoutes.CONTENT_FETCH,
            TwilioRoutes.CONTENT_LIST,
            TwilioRoutes.CONTENT_DELETE,
            TwilioRoutes.APPROVAL_CREATE,
            TwilioRoutes.APPROVAL_FETCH);

    private TwilioScenarios() {}

    static ScenarioCatalog catalog() {
        return ScenarioCatalog.of(
                "twilio",
                List.of(
                        Scenario.unscripted(
                                SUCCESSFUL_MESSAGING, "Messages are created and delivered, one status per fetch"),
                        apiErrors(),
                        flaky(),
                        messageFailures(),
                        whatsAppWindowClosed(),
                        callbacks(
                                CALLBACKS_DUPLICATED,
                                "Every status callback arrives twice, with the same idempotency token",
                                new CallbackChaos(true, false, Duration.ZERO, 0, null)),
                        callbacks(
                                CALLBACKS_OUT_OF_ORDER,
                                "Each message's status callbacks arrive newest first",
                                new CallbackChaos(false, true, Duration.ZERO, 0, null)),
                        callbacks(
                                CALLBACKS_LATE,
                                "Status callbacks arrive one delivery late",
                                new CallbackChaos(false, false, Duration.ZERO, 1, null)),
                        callbacks(
                                CALLBACK_CHAOS,
                                "Status callbacks arrive twice, newest first and one delivery late",
                                new CallbackChaos(true, true, Duration.ZERO, 1, null)),
                        everyOperationFails(
                                RATE_LIMITED,
                                "Every operation is rate limited (429, 20429)",
                                TwilioErrors.tooManyRequests(),
                                true),
                        everyOperationFails(
                                UNAUTHORIZED,
                                "Every operation is rejected as unauthenticated (401, 20003)",
                                TwilioErrors.authenticate(),
                                false)));
    }

    private static Scenario apiErrors() {
        return Scenario.builder(API_ERRORS)
                .description("messages.create fails with 429/20429, then 401/20003, then 400/21211, and again, forever")
                .on(
                        TwilioRoutes.CREATE,
                        rule -> rule.when(MagicNumbers.noErrorMagicNumber())
                                .fail(TwilioErrors.tooManyRequests())
                                .fail(TwilioErrors.authenticate())
                                .fail(TwilioErrors.error(400, 21211, "The 'To' number is not a valid phone number."))
                                .cycling())
                .build();
    }

    private static Scenario flaky() {
        return Scenario.builder(FLAKY)
                .description("messages.create fails with 500/20500, then 503/20503, then works")
                .on(
                        TwilioRoutes.CREATE,
                        rule -> rule.when(MagicNumbers.noErrorMagicNumber())
                                .fail(TwilioErrors.internalError())
                                .fail(TwilioErrors.serviceUnavailable())
                                .proceed())
                .build();
    }

    private static Scenario messageFailures() {
        return Scenario.builder(MESSAGE_FAILURES)
                .description(
                        "Messages are created, then end undelivered (30003, 30005, 30006, 30007) or failed (30008), in turn")
                .on(
                        TwilioRoutes.CREATE,
                        rule -> rule.when(MagicNumbers.noErrorMagicNumber())
                                .proceedWith(DeliveryOutcome.undelivered(30003))
                                .proceedWith(DeliveryOutcome.undelivered(30005))
                                .proceedWith(DeliveryOutcome.undelivered(30006))
                                .proceedWith(DeliveryOutcome.undelivered(30007))
                                .proceedWith(DeliveryOutcome.failed(30008))
                                .cycling())
                .build();
    }

    private static Scenario whatsAppWindowClosed() {
        return Scenario.builder(WHATSAPP_WINDOW_CLOSED)
                .description(
                        "Freeform WhatsApp messages fail with 63016 outside the 24-hour window; templates (ContentSid) work")
                .on(
                        TwilioRoutes.CREATE,
                        rule -> rule.when(RequestMatcher.formParamMatching("To", "(?i)\\s*whatsapp:.*"))
                                .proceedWith(new OutsideWhatsAppWindow()))
                .build();
    }

    private static Scenario callbacks(String name, String description, CallbackChaos chaos) {
        return Scenario.builder(name)
                .description(description)
                .on(
                        TwilioRoutes.CREATE,
                        rule -> rule.when(MagicNumbers.noErrorMagicNumber()).proceedWith(chaos))
                .build();
    }

    private static Scenario everyOperationFails(
            String name, String description, ProviderError error, boolean leaveMagicNumbers) {
        Scenario.Builder scenario = Scenario.builder(name).description(description);
        for (String operation : OPERATIONS) {
            Rule.Builder rule = Rule.on(operation);
            if (leaveMagicNumbers && operation.equals(TwilioRoutes.CREATE)) {
                rule.when(MagicNumbers.noErrorMagicNumber());
            }
            scenario.rule(rule.fail(error).build());
        }
        return scenario.build();
    }
}
