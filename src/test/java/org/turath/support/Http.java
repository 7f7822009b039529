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

    /**
     * Signs in as a person does in a browser: the sign-in page in {@code lang}, then its form with the page's token.
     * The answer is the form's (302 on success); a {@link #browser} keeps the session for the next requests.
     */
    public HttpResponse<String> signIn(String email, String password, String lang) {
        String login = get("/" + lang + "/login").body();
        return post("/login", Map.of("email", email, "password", password, "lang", lang,
                "_csrf", org.jsoup.Jsoup.parse(login).select("input[name=_csrf]").val()));
    }

    /** Posts a form, URL-encoded, as a browser does. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        return postWith(path, form);
    }

    /** Posts a form with extra headers (name, value, name, value…). */
    public HttpResponse<String> postWith(String path, Map<String, String> form, String... headers) {
        return postFields(path, java.util.List.copyOf(form.entrySet()), headers);
    }

    /** Posts a form whose fields may repeat (check boxes, multiple choices), in their order, as a browser does. */
    public HttpResponse<String> postFields(String path, java.util.List<Map.Entry<String, String>> form, String... headers) {
        String body = form.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofString());
    }

    /** A file of an upload form: its field, its name, its type, its bytes. */
    public record Part(String field, String fileName, String contentType, byte[] content) {
    }

    /** Posts a form with one file as multipart/form-data, as a browser sends an upload form. */
    public HttpResponse<String> upload(String path, Map<String, String> fields, String fileField, String fileName, String contentType,
                                       byte[] content) {
        return upload(path, fields, new Part(fileField, fileName, contentType, content));
    }

    /** Posts a form with its files as multipart/form-data, as a browser sends an upload form. */
    public HttpResponse<String> upload(String path, Map<String, String> fields, Part... parts) {
        String boundary = "turath-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Part part : parts) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.field() + "\"; filename=\""
                        + part.fileName() + "\"\r\nContent-Type: " + part.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(part.content());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Posts a form with one large file as multipart/form-data, streamed from disk (the request body is written to a
     * temporary file first, never held in memory).
     */
    public HttpResponse<String> uploadFile(String path, Map<String, String> fields, String fileField, String fileName, String contentType,
                                           java.nio.file.Path content) {
        String boundary = "turath-" + java.util.UUID.randomUUID();
        try {
            java.nio.file.Path body = java.nio.file.Files.createTempFile("upload", ".multipart");
            try (var out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(body))) {
                for (Map.Entry<String, String> field : fields.entrySet()) {
                    out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                            + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
                }
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                java.nio.file.Files.copy(content, out);
                out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            }
            try {
                return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofFile(body)), HttpResponse.BodyHandlers.ofString());
            } finally {
                java.nio.file.Files.deleteIfExists(body);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What came back for a request sent {@link #raw byte for byte}. */
    public record RawAnswer(int status, String head, String body) {
    }

    /**
     * A request written byte for byte on a socket of its own, as a probe would (no client tidies the target
     * or the body): {@code head} is the request line and headers without the blank line; {@code body} follows
     * with its Content-Length. The answer is read until the server closes the connection.
     */
    public RawAnswer raw(String head, byte[] content) {
        java.net.URI uri = URI.create(base);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            String headers = head + "\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\nConnection: close\r\n"
                    + (content == null ? "" : "Content-Length: " + content.length + "\r\n") + "\r\n";
            out.write(headers.getBytes(StandardCharsets.ISO_8859_1));
            if (content != null) {
                try {
                    out.write(content);
                } catch (IOException refusedMidway) {
                    // the server answered and closed before the whole body was sent: its answer is still there to read
                }
            }
            out.flush();
            var in = new java.io.BufferedInputStream(socket.getInputStream());
            String answerHead = line(in);
            StringBuilder headLines = new StringBuilder(answerHead);
            long length = -1;
            boolean chunked = false;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                headLines.append("\r\n").append(header);
                String lower = header.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            // the answer ends where its length says, not when the server closes: a server refusing a large body may
            // keep the connection open a while, waiting for the rest of what was announced
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
            } else if (length >= 0) {
                body.write(in.readNBytes((int) length));
            } else if (!head.startsWith("HEAD")) {
                body.write(in.readAllBytes());
            }
            return new RawAnswer(Integer.parseInt(answerHead.substring(9, 12)), headLines.toString(), body.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(java.io.InputStream in) throws IOException {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
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
