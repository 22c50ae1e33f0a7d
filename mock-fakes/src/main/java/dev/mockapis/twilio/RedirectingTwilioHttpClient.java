package dev.mockapis.twilio;

import com.twilio.Twilio;
import com.twilio.constant.EnumConstants;
import com.twilio.exception.ApiConnectionException;
import com.twilio.http.HttpClient;
import com.twilio.http.HttpUtility;
import com.twilio.http.IRequest.FormParameters;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.http.message.BasicNameValuePair;

/**
 * A twilio-java {@link HttpClient} that sends every request to another base URL, such as a Twilio fake
 * on {@code http://127.0.0.1:port}, instead of {@code https://api.twilio.com}: the scheme, host and
 * port of each request URL are replaced, the path and query kept, and authentication, headers and
 * parameters sent as twilio-java's own {@code NetworkHttpClient} sends them (Apache HttpClient 5). Page
 * URLs the SDK builds from {@code next_page_uri} are redirected the same way.
 *
 * <pre>{@code
 * TwilioRestClient client = new TwilioRestClient.Builder(accountSid, authToken)
 *         .httpClient(new RedirectingTwilioHttpClient(fake.baseUrl()))
 *         .build();
 * }</pre>
 *
 * <p>twilio-java retries 5xx answers (three attempts, 100 ms apart) around {@link #makeRequest}, as it
 * does against Twilio. One deliberate difference from {@code NetworkHttpClient}: Apache HttpClient's own
 * automatic retry, which silently re-sends a request answered 429 or 503 once after a second, is off,
 * so every SDK call is exactly one request and a scenario's scripted answers map one-to-one to calls.
 */
public final class RedirectingTwilioHttpClient extends HttpClient implements AutoCloseable {

    private final String baseUrl;
    private final CloseableHttpClient client;

    /**
     * A client sending every request to this base URL.
     *
     * @param baseUrl scheme, host and optional port, such as {@code http://127.0.0.1:8089}; no path
     * @throws IllegalArgumentException when the base URL is not an absolute http(s) URL without a path
     */
    public RedirectingTwilioHttpClient(String baseUrl) {
        this.baseUrl = validated(baseUrl);
        this.client = HttpClientBuilder.create()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultSocketConfig(DEFAULT_SOCKET_CONFIG)
                        .build())
                .setDefaultRequestConfig(DEFAULT_REQUEST_CONFIG)
                .setDefaultHeaders(List.of(
                        new BasicHeader("X-Twilio-Client", "java-" + Twilio.VERSION),
                        new BasicHeader(HttpHeaders.ACCEPT_ENCODING, "utf-8")))
                .setRedirectStrategy(getRedirectStrategy())
                .disableAutomaticRetries()
                .build();
    }

    /** The base URL requests are sent to. */
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public Response makeRequest(Request request) {
        HttpUriRequestBase http =
                new HttpUriRequestBase(request.getMethod().toString(), redirect(request.constructURL()));
        if (request.requiresAuthentication()) {
            http.addHeader(HttpHeaders.AUTHORIZATION, request.getAuthString());
        }
        for (Map.Entry<String, List<String>> header : request.getHeaderParams().entrySet()) {
            header.getValue().forEach(value -> http.addHeader(header.getKey(), value));
        }
        if (!"GET".equals(http.getMethod())) {
            http.setEntity(entity(request));
        }
        http.addHeader(HttpHeaders.USER_AGENT, HttpUtility.getUserAgentString(request.getUserAgentExtensions()));
        try {
            return client.execute(http, response -> {
                HttpEntity entity = response.getEntity();
                String content = entity == null ? "" : EntityUtils.toString(entity, StandardCharsets.UTF_8);
                Header[] headers = response.getHeaders();
                return new Response(content, response.getCode(), headers == null ? new Header[0] : headers);
            });
        } catch (IOException e) {
            throw new ApiConnectionException(
                    "Could not reach " + baseUrl + " for " + request.getMethod() + " " + request.getUrl() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /** Closes the underlying connection pool. */
    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URI redirect(URL original) {
        try {
            URI uri = original.toURI();
            String query = uri.getRawQuery();
            return new URI(baseUrl + uri.getRawPath() + (query == null ? "" : "?" + query));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot redirect " + original + " to " + baseUrl, e);
        }
    }

    private static HttpEntity entity(Request request) {
        EnumConstants.ContentType contentType =
                request.getContentType() == null ? EnumConstants.ContentType.FORM_URLENCODED : request.getContentType();
        if (contentType == EnumConstants.ContentType.JSON) {
            return new StringEntity(request.getBody() == null ? "" : request.getBody(), ContentType.APPLICATION_JSON);
        }
        if (contentType == EnumConstants.ContentType.MULTIPART_FORM_DATA) {
            return multipart(request.getFormParameters());
        }
        List<NameValuePair> params = new ArrayList<>();
        request.getPostParams()
                .forEach((name, values) -> values.forEach(value -> params.add(new BasicNameValuePair(name, value))));
        return new UrlEncodedFormEntity(params, StandardCharsets.UTF_8);
    }

    private static HttpEntity multipart(List<FormParameters> parameters) {
        MultipartEntityBuilder builder = MultipartEntityBuilder.create();
        for (FormParameters parameter : parameters) {
            if (parameter.getType() == FormParameters.Type.FILE) {
                Path path = Path.of(parameter.getValue().toString());
                try {
                    builder.addBinaryBody(
                            parameter.getName(),
                            Files.readAllBytes(path),
                            getContentType(path),
                            path.getFileName().toString());
                } catch (IOException e) {
                    throw new ApiConnectionException("Failed to read file for upload: " + path, e);
                }
            } else {
                builder.addTextBody(parameter.getName(), String.valueOf(parameter.getValue()));
            }
        }
        return builder.build();
    }

    private static String validated(String baseUrl) {
        URI uri;
        try {
            uri = new URI(baseUrl);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(notAbsolute(baseUrl), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(notAbsolute(baseUrl));
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!(path.isEmpty() || path.equals("/")) || uri.getRawQuery() != null) {
            throw new IllegalArgumentException(
                    "A Twilio base URL has scheme, host and port only (the API paths start with /2010-04-01), was '"
                            + baseUrl + "'");
        }
        return scheme + "://" + uri.getRawAuthority();
    }

    private static String notAbsolute(String baseUrl) {
        return "A Twilio base URL is an absolute http(s) URL such as http://127.0.0.1:8089, was '" + baseUrl + "'";
    }
}
