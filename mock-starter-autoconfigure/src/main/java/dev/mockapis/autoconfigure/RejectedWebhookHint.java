package dev.mockapis.autoconfigure;

import dev.mockapis.twilio.TwilioSignatures;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.Ordered;

/**
 * Says why, when the application answers 401 or 403 to a Twilio webhook that carries a valid signature
 * for the Twilio fake's auth token. Such a webhook comes from the {@code TwilioWebhookSimulator} (or any
 * test signing with {@code mockapis.twilio.auth-token}); an application usually rejects it because it
 * checks signatures with its own auth token, or against its public URL, and nothing in the log says so.
 * Runs first among the filters, so that a rejection by a security filter is seen too.
 */
final class RejectedWebhookHint implements Filter, Ordered {

    private static final Log logger = LogFactory.getLog(RejectedWebhookHint.class);

    private final TwilioSignatures signatures;

    RejectedWebhookHint(String authToken) {
        this.signatures = TwilioSignatures.forAuthToken(authToken);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            int status = answer.getStatus();
            if ((status == 401 || status == 403) && signedForTheFake(http)) {
                logger.warn(message(http, status));
            }
        }
    }

    private boolean signedForTheFake(HttpServletRequest request) {
        String signature = request.getHeader("X-Twilio-Signature");
        if (signature == null || !"POST".equals(request.getMethod())) {
            return false;
        }
        String query = request.getQueryString();
        String url = request.getRequestURL() + (query == null ? "" : "?" + query);
        Set<String> queryNames = queryNames(query);
        Map<String, String> form = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!queryNames.contains(name) && values.length > 0) {
                form.put(name, values[0]);
            }
        });
        return signature.equals(signatures.sign(url, form));
    }

    private static Set<String> queryNames(String query) {
        Set<String> names = new TreeSet<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                names.add(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8));
            }
        }
        return names;
    }

    static String message(HttpServletRequest request, int status) {
        return "The application answered " + status + " to a Twilio webhook (POST " + request.getRequestURL()
                + ") that is correctly signed with the Twilio fake's auth token. Usually the application checks"
                + " signatures with its own auth token: map that property to the fake's in the test properties,"
                + " for example twilio.auth-token=${mockapis.twilio.auth-token}, or set mockapis.twilio.auth-token"
                + " to the token the application uses. An application that checks signatures against its public"
                + " URL also needs mockapis.twilio.webhook-base-url set to that URL's scheme, host and port.";
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
