package org.turath.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Until the portal is ready — its first-start work done, such as importing the demo List — every request is answered
 * 503 with {@code Retry-After}, a page in the three languages that reloads itself, or a problem document for the API.
 * Nobody sees a home page with 0 items while the import runs, and a load balancer keeps the node out until then.
 */
public class StartupGate extends HttpFilter implements ApplicationListener<ApplicationReadyEvent> {

    private static final String RETRY_SECONDS = "3";
    private static final byte[] PAGE = """
            <!DOCTYPE html>
            <html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="refresh" content="3"><title>تراث · Turath</title><link rel="stylesheet" href="/css/turath.css"></head>
            <body><main id="main" class="container py-5">
            <h1>تراث العالم الإسلامي</h1><p role="status">البوابة تستعد وستكون جاهزة بعد لحظات.</p>
            <p lang="en" dir="ltr">Heritage of the Islamic World is starting and will be ready in a few seconds.</p>
            <p lang="fr" dir="ltr">Le Patrimoine du monde islamique démarre et sera prêt dans quelques secondes.</p>
            </main></body></html>
            """.getBytes(StandardCharsets.UTF_8);
    private static final byte[] PROBLEM = """
            {"type":"/problems/starting","title":"Starting","status":503,"detail":"The portal is starting; try again in a few seconds."}
            """.strip().getBytes(StandardCharsets.UTF_8);

    private volatile boolean ready;

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ready = true;
    }

    public boolean ready() {
        return ready;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // the stylesheet of the waiting page, and what the server itself answers, go through
        if (ready || path.startsWith("/css/") || path.startsWith("/fonts/")) {
            chain.doFilter(request, response);
            return;
        }
        boolean api = path.startsWith("/api/") || path.startsWith("/v3/");
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(api ? "application/problem+json" : "text/html;charset=UTF-8");
        byte[] body = api ? PROBLEM : PAGE;
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
