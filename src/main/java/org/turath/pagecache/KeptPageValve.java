package org.turath.pagecache;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import java.io.IOException;

/**
 * Kept pages answered by the container as soon as it knows which application the request is for, before the
 * application's filter chain is built and run: the same page from the filter (past the request guard, the page-cache
 * headers, the metrics) went at about a third of nginx's rate, for work whose outcome was decided when the page was
 * drawn. Whatever is not kept, or no longer right, goes on to the filters unchanged — the filter of the same cache
 * draws and keeps it.
 */
final class KeptPageValve extends ValveBase {

    private final PageCache cache;

    KeptPageValve(PageCache cache) {
        super(true);
        this.cache = cache;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (underLanguage(request.getRequestURI()) && cache.serveKept(request, response)) {
            return;
        }
        getNext().invoke(request, response);
    }

    /**
     * Whether the filter's URL patterns ({@code /ar/*}, {@code /en/*}, {@code /fr/*}) take the path; no regular
     * expression, as it runs for every request.
     */
    static boolean underLanguage(String uri) {
        return uri != null && uri.length() >= 4 && uri.charAt(0) == '/' && uri.charAt(3) == '/'
                && (uri.startsWith("ar", 1) || uri.startsWith("en", 1) || uri.startsWith("fr", 1));
    }
}
