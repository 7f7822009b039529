package org.turath.pagecache;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Kept pages answered by the container as soon as it knows which application the request is for, before the
 * application's filter chain is built and run: the same page from the filter (past the request guard, the page-cache
 * headers, the metrics) went at about a third of nginx's rate, for work whose outcome was decided when the page was
 * drawn. Whatever is not kept, or no longer right, goes on to the filters unchanged — the filter of the same cache
 * draws and keeps it.
 */
final class KeptPageValve extends ValveBase {

    /** The paths whose pages may be kept (the filter's URL patterns). */
    private static final Pattern KEPT_PATHS = Pattern.compile("/(?:ar|en|fr)(?:/.*)?");

    private final PageCache cache;

    KeptPageValve(PageCache cache) {
        super(true);
        this.cache = cache;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        String uri = request.getDecodedRequestURI();
        if (uri != null && KEPT_PATHS.matcher(uri).matches() && cache.serveKept(request, response)) {
            return;
        }
        getNext().invoke(request, response);
    }
}
