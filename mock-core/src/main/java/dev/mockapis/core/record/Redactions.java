package dev.mockapis.core.record;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a recording leaves out. By default: the values of credential and signature headers, the
 * upstream's credentials and real values wherever they appear, and transport headers that say nothing
 * about the API. Added per api: body fields (JSON fields at any depth and form parameters, such as
 * {@code To} and {@code From}) whose values are replaced, and secrets that must not appear at all,
 * in any form: a recording that would contain one fails instead of being written.
 */
public final class Redactions {

    /** Headers whose values are replaced by {@value dev.mockapis.core.RequestFingerprint#REDACTED}. */
    public static final Set<String> DEFAULT_HEADERS = Set.of(
            "authorization",
            "proxy-authorization",
            "x-api-key",
            "api-key",
            "x-goog-api-key",
            "cookie",
            "set-cookie",
            "x-twilio-signature",
            "openai-organization",
            "openai-project",
            "anthropic-organization-id");

    private final Set<String> headers;
    private final Set<String> bodyFields;
    private final Set<String> secrets;

    private Redactions(Set<String> headers, Set<String> bodyFields, Set<String> secrets) {
        this.headers = Set.copyOf(headers);
        this.bodyFields = Set.copyOf(bodyFields);
        this.secrets = Set.copyOf(secrets);
    }

    /** The default redactions. */
    public static Redactions defaults() {
        return new Redactions(DEFAULT_HEADERS, Set.of(), Set.of());
    }

    /** These redactions and the values of these headers too (names are case-insensitive). */
    public Redactions headers(List<String> names) {
        Set<String> more = new LinkedHashSet<>(headers);
        names.stream().map(Redactions::lower).filter(name -> !name.isEmpty()).forEach(more::add);
        return new Redactions(more, bodyFields, secrets);
    }

    /**
     * These redactions and the values of these body fields too: JSON fields at any depth, form
     * parameters, in requests and responses alike (names are case-insensitive, so {@code to} covers
     * Twilio's {@code To} parameter and its {@code to} field).
     */
    public Redactions bodyFields(List<String> names) {
        Set<String> more = new LinkedHashSet<>(bodyFields);
        names.stream().map(Redactions::lower).filter(name -> !name.isEmpty()).forEach(more::add);
        return new Redactions(headers, more, secrets);
    }

    /** These redactions and secrets that must never be written: a recording containing one fails. */
    public Redactions secrets(List<String> values) {
        Set<String> more = new LinkedHashSet<>(secrets);
        values.stream().filter(value -> value != null && !value.isBlank()).forEach(more::add);
        return new Redactions(headers, bodyFields, more);
    }

    /** Whether a header's value is replaced. */
    public boolean redactsHeader(String name) {
        return headers.contains(lower(name));
    }

    /** Whether a body field's value is replaced. */
    public boolean redactsField(String name) {
        return bodyFields.contains(lower(name));
    }

    /** The secrets configured beyond the upstream's credentials. */
    public Set<String> secrets() {
        return secrets;
    }

    private static String lower(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "redactions of headers " + headers + ", body fields " + bodyFields + " and " + secrets.size()
                + " secret(s)";
    }
}
