package org.turath.opendata.sitemaps;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.accounts.RouteAccess;
import org.turath.accounts.RouteRules;
import org.turath.opendata.OpenDataSettings;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.web.PublicPages;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What search engines read: {@code /robots.txt}, and {@code /sitemap.xml}, an index of one sitemap per kind of public
 * page ({@link PublicPages}, declared by the module that serves them) split every 10,000 records (a setting), each
 * page in the three languages with its alternates ({@code hreflang}, {@code x-default} Arabic) and its last change.
 * The pages that are not records (lists, the map, the forms) are in {@code /sitemaps/pages.xml}. Everything is
 * written as it is read, a part at a time.
 */
@Controller
class Sitemaps {

    private static final int BATCH = 1_000;
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(ZoneOffset.UTC);
    private static final CacheControl KEPT = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final ObjectProvider<PublicPages> kinds;
    private final ObjectProvider<RouteRules> routes;
    private final OpenDataSettings settings;
    /** Records per sitemap file: three addresses each, under the protocol's 50,000. */
    private final int perFile;

    Sitemaps(ObjectProvider<PublicPages> kinds, ObjectProvider<RouteRules> routes, OpenDataSettings settings,
             @org.springframework.beans.factory.annotation.Value("${turath.open-data.sitemap.records-per-file:10000}") int perFile) {
        this.perFile = Math.max(1, Math.min(perFile, 16_000));
        this.kinds = kinds;
        this.routes = routes;
        this.settings = settings;
    }

    @GetMapping(path = "/robots.txt", produces = "text/plain;charset=UTF-8")
    void robots(HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, KEPT.getHeaderValue());
        PrintWriter out = response.getWriter();
        out.println("# Turath: the public portal is open to crawlers; the back office, the accounts and the machine");
        out.println("# interfaces (the API, OAI-PMH: harvest those with their own protocols) are not for indexing.");
        out.println("User-agent: *");
        for (String path : closedPrefixes()) {
            out.println("Disallow: " + path);
        }
        out.println("Disallow: /api/");
        out.println("Disallow: /oai");
        out.println("Allow: /");
        out.println();
        out.println("Sitemap: " + settings.publicUrl() + "/sitemap.xml");
    }

    @GetMapping(path = "/sitemap.xml")
    void index(HttpServletResponse response) throws IOException {
        write(response, xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(SITEMAP_NS);
            sitemap(xml, settings.publicUrl() + "/sitemaps/pages.xml", null);
            for (PublicPages kind : kinds.orderedStream().toList()) {
                // each file starts after the last record of the one before: walk the kind, keeping only those keys
                String after = "";
                while (true) {
                    Optional<FileEnd> end = fileAfter(kind, after);
                    if (end.isEmpty()) {
                        break;
                    }
                    sitemap(xml, settings.publicUrl() + "/sitemaps/" + kind.kind() + ".xml"
                            + (after.isEmpty() ? "" : "?after=" + URLEncoder.encode(after, StandardCharsets.UTF_8)), end.get().newest());
                    if (!end.get().full()) {
                        break;
                    }
                    after = end.get().lastKey();
                }
            }
            xml.writeEndElement();
        });
    }

    @GetMapping(path = "/sitemaps/pages.xml")
    void landings(HttpServletResponse response) throws IOException {
        Set<String> paths = new LinkedHashSet<>();
        kinds.orderedStream().forEach(kind -> paths.addAll(kind.landings()));
        write(response, xml -> {
            urlset(xml);
            for (String path : paths) {
                url(xml, path, null);
            }
            xml.writeEndElement();
        });
    }

    @GetMapping(path = "/sitemaps/{kind:[a-z-]+}.xml")
    void records(@PathVariable String kind, @RequestParam Optional<String> after, HttpServletResponse response) throws IOException {
        PublicPages pages = kinds.orderedStream().filter(k -> k.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new NotFoundException("sitemap"));
        write(response, xml -> {
            urlset(xml);
            String from = after.orElse("");
            int written = 0;
            while (written < perFile) {
                int wanted = Math.min(BATCH, perFile - written);
                List<PublicPages.Page> batch = pages.after(from, wanted);
                for (PublicPages.Page page : batch) {
                    url(xml, page.path(), page.changed());
                }
                written += batch.size();
                if (batch.size() < wanted) {
                    break;
                }
                from = batch.get(batch.size() - 1).key();
            }
            xml.writeEndElement();
        });
    }

    /** Where a sitemap file ends: its last record's key, its newest change, whether it holds all it may. */
    private record FileEnd(String lastKey, Instant newest, boolean full) {
    }

    /** The end of the file that starts after {@code after}; empty when no record comes after it. */
    private Optional<FileEnd> fileAfter(PublicPages kind, String after) {
        String from = after;
        int read = 0;
        Instant newest = null;
        while (read < perFile) {
            int wanted = Math.min(BATCH, perFile - read);
            List<PublicPages.Page> batch = kind.after(from, wanted);
            for (PublicPages.Page page : batch) {
                if (page.changed() != null && (newest == null || page.changed().isAfter(newest))) {
                    newest = page.changed();
                }
            }
            read += batch.size();
            if (!batch.isEmpty()) {
                from = batch.get(batch.size() - 1).key();
            }
            if (batch.size() < wanted) {
                break;
            }
        }
        return read == 0 ? Optional.empty() : Optional.of(new FileEnd(from, newest, read == perFile));
    }

    /** Where the rules of every module say "signed in" or "these roles" for a page read: its fixed beginning. */
    private List<String> closedPrefixes() {
        Set<String> prefixes = new java.util.TreeSet<>();
        routes.orderedStream().flatMap(module -> module.rules().stream())
                .filter(rule -> !rule.anyone() && (rule.method() == null || rule.method() == HttpMethod.GET))
                .forEach(rule -> prefixes.addAll(prefixes(rule.pattern())));
        // a prefix already closed by a shorter one is left out
        List<String> kept = new ArrayList<>();
        for (String prefix : prefixes) {
            if (kept.stream().noneMatch(shorter -> prefix.startsWith(shorter.endsWith("/") ? shorter : shorter + "/")
                    || prefix.equals(shorter))) {
                kept.add(prefix);
            }
        }
        return kept;
    }

    private static List<String> prefixes(String pattern) {
        List<String> expanded = new ArrayList<>();
        if (pattern.startsWith(RouteAccess.LANG)) {
            for (Language language : Language.values()) {
                expanded.add("/" + language.tag() + pattern.substring(RouteAccess.LANG.length()));
            }
        } else {
            expanded.add(pattern);
        }
        return expanded.stream().map(path -> {
            int variable = path.length();
            for (char c : new char[]{'*', '{'}) {
                int at = path.indexOf(c);
                if (at >= 0) {
                    variable = Math.min(variable, at);
                }
            }
            return path.substring(0, variable);
        }).filter(prefix -> prefix.length() > 1).toList();
    }

    private void url(XMLStreamWriter xml, String path, Instant changed) throws XMLStreamException {
        for (Language language : Language.values()) {
            xml.writeStartElement("url");
            element(xml, "loc", address(language, path));
            for (Language alternate : Language.values()) {
                alternate(xml, alternate.tag(), address(alternate, path));
            }
            alternate(xml, "x-default", address(Language.DEFAULT, path));
            if (changed != null) {
                element(xml, "lastmod", W3C.format(changed));
            }
            xml.writeEndElement();
        }
    }

    private String address(Language language, String path) {
        return settings.publicUrl() + "/" + language.tag() + ("/".equals(path) ? "/" : path);
    }

    private static void alternate(XMLStreamWriter xml, String hreflang, String href) throws XMLStreamException {
        xml.writeEmptyElement("xhtml", "link", XHTML_NS);
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", hreflang);
        xml.writeAttribute("href", href);
    }

    private static void sitemap(XMLStreamWriter xml, String loc, Instant changed) throws XMLStreamException {
        xml.writeStartElement("sitemap");
        element(xml, "loc", loc);
        if (changed != null) {
            element(xml, "lastmod", W3C.format(changed));
        }
        xml.writeEndElement();
    }

    private static void urlset(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP_NS);
        xml.writeNamespace("xhtml", XHTML_NS);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static void write(HttpServletResponse response, Body body) throws IOException {
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, KEPT.getHeaderValue());
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(response.getOutputStream(), "UTF-8");
            xml.setDefaultNamespace(SITEMAP_NS);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the sitemap", e);
        }
    }
}
