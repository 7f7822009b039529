package org.turath.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A plain HTTP client against the running portal, as a browser or a harvester sees it: without cookies
 * (every request a new visitor), or as one {@link #browser} that keeps its cookies (a person signing in).
 * Redirects are not followed, so a test sees them.
 */
public final class Http {

    private final HttpClient client;
    private final String base;
    private final Duration timeout;

    public Http(int port) {
        this(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(), "http://localhost:" + port, null);
    }

    private Http(HttpClient client, String base, Duration timeout) {
        this.client = client;
        this.base = base;
        this.timeout = timeout;
    }

    /** One person's browser: the cookies it is given go back with its next requests. */
    public static Http browser(int port) {
        return new Http(HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build(),
                "http://localhost:" + port, null);
    }

    /** The same client, giving up on an answer that takes longer than {@code limit}. */
    public Http waitingAtMost(Duration limit) {
        return new Http(client, base, limit);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request of any method without a body, its answer as bytes (a gzipped page, a HEAD's empty body). */
    public HttpResponse<byte[]> bytes(String method, String path, String... headers) {
        return send(request(path, headers).method(method, HttpRequest.BodyPublishers.noBody()), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts a form, URL-encoded, as a browser does. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofString());
    }

    public String base() {
        return base;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.contains("://") ? path : base + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (timeout != null) {
            request.timeout(timeout);
        }
        return request;
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
