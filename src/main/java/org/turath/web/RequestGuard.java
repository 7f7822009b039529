package org.turath.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The first filter every request meets. It has the servlet container parse the parameters at once
 * (query string and form body), so that a request it cannot parse — a broken percent escape, bytes that
 * are not UTF-8, more parameters than allowed, a form body over the limit — is answered here as a
 * translated 400 or 413 (the container's error page, {@link ContainerErrors}) with one line in the log,
 * instead of failing wherever a later filter or controller first asks for a parameter. Multipart bodies
 * are read only where uploads happen (the back office, and "check an object" up to a small stated length); elsewhere
 * they are refused before a byte is read.
 */
public class RequestGuard extends HttpFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestGuard.class);
    /** Where files are uploaded: the back office (signed-in people, checked again by the security chain). */
    private static final Pattern UPLOADS = Pattern.compile("/(ar|en|fr)/admin/.*");
    /**
     * Where anyone may upload: "check an object" and a report from the public on heritage at risk take a visitor's
     * photograph. Its body must say its length, and that length must be small (a photograph and a description), so
     * nobody can make the container spool a large file.
     */
    private static final Pattern PUBLIC_UPLOADS = Pattern.compile("/(ar|en|fr)/(alerts/check|heritage-at-risk/contribute)");
    public static final long MAX_PUBLIC_UPLOAD = 21L * 1024 * 1024;

    private final long maxFormBytes;

    /** {@code maxFormBytes}: the container's limit on a form body (Tomcat's maxPostSize). */
    public RequestGuard(long maxFormBytes) {
        this.maxFormBytes = maxFormBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean multipart = multipart(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (multipart && PUBLIC_UPLOADS.matcher(path).matches()) {
            long length = request.getContentLengthLong();
            if (length < 0 || length > MAX_PUBLIC_UPLOAD) {
                refuse(request, response, length < 0 ? HttpServletResponse.SC_LENGTH_REQUIRED : 413,
                        "a public upload of " + (length < 0 ? "unstated length" : length + " bytes"));
                return;
            }
        } else if (multipart && !UPLOADS.matcher(path).matches()) {
            refuse(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "a multipart body where nothing is uploaded");
            return;
        }
        if (!multipart) {
            // what Spring's character encoding filter would set later (forced, as Spring Boot configures it): the
            // body is parsed here, before that filter runs, and must be read as UTF-8, not the container's Latin-1
            request.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8.name());
            try {
                request.getParameterMap();
            } catch (RuntimeException e) {
                boolean tooLarge = maxFormBytes >= 0 && request.getContentLengthLong() > maxFormBytes;
                refuse(request, response, tooLarge ? 413 : HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Whether the request goes where anyone may upload (and has been held to its small stated length here). */
    public static boolean publicUpload(HttpServletRequest request) {
        return PUBLIC_UPLOADS.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    /** Whether the request's body is multipart (an upload form). */
    public static boolean multipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String why) throws IOException {
        // the container's message quotes what was sent: one line, no control characters, not too long
        String said = why == null ? "" : why.replaceAll("\\p{Cntrl}", "?");
        log.info("Refused {} {} ({}): {}", request.getMethod(), request.getRequestURI(), status,
                said.length() > 300 ? said.substring(0, 300) + "…" : said);
        response.sendError(status);
    }
}
