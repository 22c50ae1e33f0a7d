package dev.mockapis.twilio;

import dev.mockapis.core.ApiCall;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.RequestMatcher;
import java.util.Optional;
import java.util.Set;

/**
 * Twilio's documented test-credential "magic" numbers for sending messages. The fake honours them in
 * every scenario, on the number part of an address ({@code whatsapp:+15005550001} counts too).
 *
 * <ul>
 *   <li>From +15005550006 passes; +15005550001 → 21212; +15005550007 → 21606; +15005550008 → 21611.</li>
 *   <li>To +15005550001 → 21211; +15005550002 → 21612; +15005550003 → 21408; +15005550004 → 21610;
 *       +15005550009 → 21614.</li>
 * </ul>
 */
final class MagicNumbers {

    static final String VALID_FROM = "+15005550006";
    static final String INVALID_NUMBER = "+15005550001";
    static final String FROM_NOT_OWNED = "+15005550007";
    static final String FROM_QUEUE_FULL = "+15005550008";
    static final String TO_UNREACHABLE = "+15005550002";
    static final String TO_REGION_NOT_ENABLED = "+15005550003";
    static final String TO_UNSUBSCRIBED = "+15005550004";
    static final String TO_NOT_MOBILE = "+15005550009";

    private static final Set<String> ERROR_FROMS = Set.of(INVALID_NUMBER, FROM_NOT_OWNED, FROM_QUEUE_FULL);
    private static final Set<String> ERROR_TOS =
            Set.of(INVALID_NUMBER, TO_UNREACHABLE, TO_REGION_NOT_ENABLED, TO_UNSUBSCRIBED, TO_NOT_MOBILE);

    private MagicNumbers() {}

    static Optional<ProviderError> fromError(Address from) {
        switch (from.value()) {
            case INVALID_NUMBER:
                return Optional.of(TwilioErrors.invalidFrom(from.raw()));
            case FROM_NOT_OWNED:
                return Optional.of(TwilioErrors.fromNotOwned(from.raw()));
            case FROM_QUEUE_FULL:
                return Optional.of(TwilioErrors.queueFull());
            default:
                return Optional.empty();
        }
    }

    static Optional<ProviderError> toError(Address to, String from) {
        switch (to.value()) {
            case INVALID_NUMBER:
                return Optional.of(TwilioErrors.invalidTo(to.raw()));
            case TO_UNREACHABLE:
                return Optional.of(TwilioErrors.unreachable(to.raw(), from));
            case TO_REGION_NOT_ENABLED:
                return Optional.of(TwilioErrors.regionNotEnabled(to.raw()));
            case TO_UNSUBSCRIBED:
                return Optional.of(TwilioErrors.unsubscribed());
            case TO_NOT_MOBILE:
                return Optional.of(TwilioErrors.notMobile(to.raw()));
            default:
                return Optional.empty();
        }
    }

    /**
     * Matches a {@code messages.create} call whose To and From are not error-producing magic numbers,
     * so a scenario's scripted failures leave the magic numbers to the fake.
     */
    static RequestMatcher noErrorMagicNumber() {
        return RequestMatcher.of("To and From are not Twilio magic error numbers", MagicNumbers::hasNoErrorMagicNumber);
    }

    private static boolean hasNoErrorMagicNumber(ApiCall call) {
        boolean magicTo = call.request()
                .formParam("To")
                .map(to -> ERROR_TOS.contains(Address.parse(to).value()))
                .orElse(false);
        boolean magicFrom = call.request()
                .formParam("From")
                .map(from -> ERROR_FROMS.contains(Address.parse(from).value()))
                .orElse(false);
        return !magicTo && !magicFrom;
    }
}
