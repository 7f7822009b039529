package org.turath.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.MimeHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.turath.web.BrowserCookies;
import org.turath.web.Gzip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Pages drawn for visitors who are not signed in, kept and served again without drawing them — what a
 * caching proxy in front of the portal would do, inside it, so every node has it and it knows when a
 * page changes. Only the page kinds that say so ({@link CacheablePages}) are kept, only for a plain
 * {@code GET} or {@code HEAD} without query string, session cookie or credentials, and only an answer
 * {@code 200 text/html} that sets no cookie and does not forbid keeping ({@code no-store}, {@code private}).
 * <p>
 * A kept page is served with the headers it was drawn with (security policy, ETag, language), gzipped
 * for clients that take it (compressed once, when kept), and answers {@code If-None-Match} with a 304.
 * It stays right in two ways: the module that changes a page evicts it when its transaction commits (on
 * this node), and a page kept for longer than {@code turath.page-cache.revalidate-after} (1 s) has its stamp
 * compared with the database again before it is served — one query per page and interval, which bounds
 * how long another node's change can take to show. While that check runs, other visitors get the kept
 * page; when the database cannot answer it, they keep getting it (stale rather than an error).
 * Bounded by bytes ({@code turath.page-cache.max-size}, 64 MB); hits and misses are counted in the
 * meter {@code turath.page.cache}.
 */
@Component
public class PageCache extends HttpFilter {

    private static final Logger log = LoggerFactory.getLogger(PageCache.class);

    /** Headers a kept page is not served with: they belong to one answer, or are set from the entry. */
    private static final Set<String> NOT_KEPT = Set.of("set-cookie", "date", "content-length", "transfer-encoding",
            "content-encoding", "content-type", "content-language", "connection", "keep-alive");
    private static final int MAX_PAGE_BYTES = 2 * 1024 * 1024;

    private final ObjectProvider<CacheablePages> kindsProvider;
    private volatile List<CacheablePages> kinds;
    private final boolean enabled;
    private final long revalidateAfterNanos;
    private final String sessionCookie;
    private final Cache<String, Entry> entries;
    private final Counter hits;
    private final Counter misses;
    private final ApplicationEventPublisher events;

    PageCache(ObjectProvider<CacheablePages> kinds,
              @Value("${turath.page-cache.enabled:true}") boolean enabled,
              @Value("${turath.page-cache.max-size:64MB}") DataSize maxSize,
              @Value("${turath.page-cache.revalidate-after:1s}") Duration revalidateAfter,
              @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie,
              ObjectProvider<MeterRegistry> meters, ApplicationEventPublisher events) {
        this.events = events;
        // asked for on the first request: the page kinds evict through this cache, so they cannot be built before it
        this.kindsProvider = kinds;
        this.enabled = enabled;
        this.revalidateAfterNanos = revalidateAfter.toNanos();
        this.sessionCookie = sessionCookie;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxSize.toBytes())
                .weigher((String path, Entry entry) -> entry.weight())
                .build();
        MeterRegistry registry = meters.getIfAvailable(CompositeMeterRegistry::new);
        this.hits = Counter.builder("turath.page.cache").tag("result", "hit").register(registry);
        this.misses = Counter.builder("turath.page.cache").tag("result", "miss").register(registry);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled || !anonymousPlainRead(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (serveKept(request, response)) {
            return;
        }
        String path = request.getRequestURI();
        misses.increment();
        long askedAt = System.nanoTime();
        List<CacheablePages> known = kinds;
        if (known == null) {
            known = kindsProvider.orderedStream().toList();
            kinds = known;
        }
        for (CacheablePages kind : known) {
            Optional<String> stamp = kind.stamp(path);
            if (stamp.isPresent()) {
                drawAndKeep(path, kind, stamp.get(), askedAt, request, response, chain);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Answers the request with its kept page when there is one that is still right, before anything else: what the
     * container's valve ({@link KeptPageValve}) calls ahead of the filters, and this filter where there is no valve.
     * False when the page must be drawn (or is not kept at all).
     */
    boolean serveKept(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!enabled || !anonymousPlainRead(request)) {
            return false;
        }
        String path = request.getRequestURI();
        Entry kept = entries.getIfPresent(path);
        if (kept == null || !stillRight(path, kept)) {
            return false;
        }
        hits.increment();
        kept.serve(request, response);
        return true;
    }

    /** Forgets the pages at {@code paths} once the current transaction commits (at once when there is none). */
    public void evictAfterCommit(Collection<String> paths) {
        List<String> copy = List.copyOf(paths);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    entries.invalidateAll(copy);
                }
            });
        } else {
            entries.invalidateAll(copy);
        }
    }

    /** Forgets the kept pages whose path passes {@code test}, at once. */
    void evictWhere(java.util.function.Predicate<String> test) {
        entries.asMap().keySet().removeIf(test);
    }

    long revalidateAfterNanos() {
        return revalidateAfterNanos;
    }

    /**
     * Forgets every kept page (the database was changed behind the application's back), and says so ({@link Cleared}):
     * what modules keep of the same rows for drawing pages goes too.
     */
    public void clear() {
        entries.invalidateAll();
        events.publishEvent(new Cleared());
    }

    /** Every kept page was forgotten because the database changed behind the application's back. */
    public record Cleared() {
    }

    private boolean anonymousPlainRead(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        if (request.getQueryString() != null || request.getHeader("Authorization") != null) {
            return false;
        }
        // a client asking the page's address for something else (JSON-LD by content negotiation) is not served the page
        String accept = request.getHeader("Accept");
        if (accept != null && (accept.contains("application/ld+json") || !accept.contains("text/html") && !accept.contains("*/*"))) {
            return false;
        }
        return !BrowserCookies.has(request, sessionCookie);
    }

    /** Whether a kept page may be served: recently checked, or its stamp is still the one it was drawn with. */
    private boolean stillRight(String path, Entry kept) {
        if (System.nanoTime() - kept.checkedAt < revalidateAfterNanos) {
            return true;
        }
        if (!kept.checking.compareAndSet(false, true)) {
            return true;
        }
        try {
            long askedAt = System.nanoTime();
            if (kept.kind.stamp(path).filter(kept.stamp::equals).isPresent()) {
                kept.checkedAt = askedAt;
                return true;
            }
            entries.asMap().remove(path, kept);
            return false;
        } catch (RuntimeException e) {
            log.debug("Could not check the kept page {}; serving it meanwhile", path, e);
            return true;
        } finally {
            kept.checking.set(false);
        }
    }

    private void drawAndKeep(String path, CacheablePages kind, String stamp, long askedAt, HttpServletRequest request,
                             HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        if (keepable(request, capture)) {
            byte[] body = capture.getContentAsByteArray();
            List<String[]> headers = new ArrayList<>();
            for (String name : capture.getHeaderNames()) {
                if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                    for (String value : capture.getHeaders(name)) {
                        headers.add(new String[]{name, value});
                    }
                }
            }
            entries.put(path, new Entry(kind, stamp, askedAt, capture.getContentType(), capture.locale, headers,
                    capture.getHeader("ETag"), body, Gzip.compress(body)));
        }
        capture.copyBodyToResponse();
    }

    private static boolean keepable(HttpServletRequest request, Capture capture) {
        if (capture.getStatus() != HttpServletResponse.SC_OK || request.isAsyncStarted() || !capture.getHeaders("Set-Cookie").isEmpty()) {
            return false;
        }
        String type = capture.getContentType();
        String cacheControl = String.join(",", capture.getHeaders("Cache-Control")).toLowerCase(Locale.ROOT);
        return type != null && type.startsWith("text/html") && !cacheControl.contains("no-store") && !cacheControl.contains("private")
                && capture.getContentSize() > 0 && capture.getContentSize() <= MAX_PAGE_BYTES;
    }

    /** The answer as drawn, with the language it was drawn in (a header the container keeps apart). */
    private static final class Capture extends ContentCachingResponseWrapper {

        private Locale locale;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setLocale(Locale locale) {
            super.setLocale(locale);
            this.locale = locale;
        }
    }

    /** A kept page. */
    private static final class Entry {

        final CacheablePages kind;
        final String stamp;
        final String contentType;
        final Locale locale;
        final List<String[]> headers;
        /** The same headers as the bytes written on the wire, one after the other (name, value, name, value…)… */
        final byte[] headerBytes;
        /** …and where each name and value ends in them. */
        final int[] headerEnds;
        final String etag;
        final byte[] body;
        final byte[] gzipped;
        final boolean varies;
        final AtomicBoolean checking = new AtomicBoolean();
        volatile long checkedAt;

        Entry(CacheablePages kind, String stamp, long checkedAt, String contentType, Locale locale, List<String[]> headers,
              String etag, byte[] body, byte[] gzipped) {
            this.kind = kind;
            this.stamp = stamp;
            this.checkedAt = checkedAt;
            this.contentType = contentType;
            this.locale = locale;
            this.headers = List.copyOf(headers);
            java.io.ByteArrayOutputStream wire = new java.io.ByteArrayOutputStream();
            this.headerEnds = new int[headers.size() * 2];
            for (int i = 0; i < headers.size(); i++) {
                wire.writeBytes(headers.get(i)[0].getBytes(StandardCharsets.ISO_8859_1));
                headerEnds[2 * i] = wire.size();
                wire.writeBytes(headers.get(i)[1].getBytes(StandardCharsets.ISO_8859_1));
                headerEnds[2 * i + 1] = wire.size();
            }
            this.headerBytes = wire.toByteArray();
            this.varies = headers.stream().anyMatch(header -> header[0].equalsIgnoreCase("Vary")
                    && header[1].toLowerCase(Locale.ROOT).contains("accept-encoding"));
            this.etag = etag;
            this.body = body;
            this.gzipped = gzipped;
        }

        int weight() {
            return body.length + gzipped.length + 512;
        }

        void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (response instanceof org.apache.catalina.connector.Response tomcat) {
                // straight into Tomcat's header table as the bytes that go out, encoded once when kept: Tomcat
                // otherwise encodes every value of every answer again (the security policy is half a kilobyte). A copy
                // for each answer: Tomcat reuses its header slots and may write into the buffer a slot points to
                // (a later answer's Content-Length), which must never be the kept page's own
                byte[] wire = headerBytes.clone();
                MimeHeaders out = tomcat.getCoyoteResponse().getMimeHeaders();
                int start = 0;
                for (int i = 0; i < headerEnds.length; i += 2) {
                    int nameEnd = headerEnds[i];
                    int valueEnd = headerEnds[i + 1];
                    out.addValue(wire, start, nameEnd - start).setBytes(wire, nameEnd, valueEnd - nameEnd);
                    start = valueEnd;
                }
            } else {
                for (String[] header : headers) {
                    response.addHeader(header[0], header[1]);
                }
            }
            if (!varies) {
                response.addHeader("Vary", "Accept-Encoding");
            }
            if (etag != null && matches(request.getHeader("If-None-Match"), etag)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            if (locale != null) {
                response.setLocale(locale);
            }
            // after the locale, so the charset of the type wins over the locale's
            response.setContentType(contentType);
            boolean zipped = Gzip.accepted(request.getHeader("Accept-Encoding"));
            byte[] content = zipped ? gzipped : body;
            if (zipped) {
                response.setHeader("Content-Encoding", "gzip");
            }
            response.setContentLength(content.length);
            // headers and body leave in one write rather than in buffer-sized pieces
            response.setBufferSize(content.length + 4096);
            if (!"HEAD".equals(request.getMethod())) {
                response.getOutputStream().write(content);
            }
        }

        private static boolean matches(String ifNoneMatch, String etag) {
            if (ifNoneMatch == null) {
                return false;
            }
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.trim();
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2);
                }
                if (tag.equals("*") || tag.equals(etag) || ("W/" + tag).equals(etag)) {
                    return true;
                }
            }
            return false;
        }
    }
}
