package org.turath.opendata;

import org.junit.jupiter.api.Test;
import org.turath.support.IntegrationTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a search engine reads, through the real server: the robots file keeps it out of the back office and points at
 * the sitemap index; the index names a sitemap per kind of public page, split into files; every published heritage
 * item is listed once per language with its alternates; and every address listed opens for a visitor.
 */
@IntegrationTest
class SitemapTests extends OverHttp {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @Test
    void robotsKeepCrawlersOutOfTheBackOfficeAndPointAtTheSitemap() {
        HttpResponse<String> robots = http.get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        List<String> disallowed = robots.body().lines().filter(line -> line.startsWith("Disallow: "))
                .map(line -> line.substring("Disallow: ".length())).toList();
        assertThat(disallowed).contains("/ar/admin", "/en/admin", "/fr/admin", "/ar/account", "/api/", "/oai");
        assertThat(disallowed).noneMatch(path -> "/ar/heritage".startsWith(path) || "/fr/news".startsWith(path));
        assertThat(robots.body()).containsPattern("(?m)^Sitemap: https?://[^ ]+/sitemap\\.xml$");
    }

    @Test
    void everyPublishedItemIsListedOncePerLanguageWithItsAlternatesAndEveryListedPageOpens() throws Exception {
        Document index = xml("/sitemap.xml");
        List<String> sitemaps = texts(index, "loc");
        assertThat(sitemaps).anyMatch(loc -> loc.endsWith("/sitemaps/pages.xml"));
        List<String> heritageFiles = sitemaps.stream().filter(loc -> loc.contains("/sitemaps/heritage.xml")).toList();
        assertThat(heritageFiles).as("100 records a file in the tests").hasSizeGreaterThanOrEqualTo(3);
        assertThat(sitemaps).anyMatch(loc -> loc.contains("/sitemaps/states.xml"));

        Set<String> published = new HashSet<>(registry.jdbc().queryForList(
                "select reference from heritage_item where publication = 'PUBLISHED'", String.class));
        List<String> listed = new ArrayList<>();
        for (String file : heritageFiles) {
            Document sitemap = xml(pathOf(file));
            for (Element url : elements(sitemap.getDocumentElement(), SITEMAP, "url")) {
                String loc = text(url, "loc");
                List<Element> alternates = elements(url, XHTML, "link");
                assertThat(alternates.stream().map(link -> link.getAttribute("hreflang"))).as(loc)
                        .containsExactlyInAnyOrder("ar", "en", "fr", "x-default");
                assertThat(text(url, "lastmod")).as(loc).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)");
                if (loc.contains("/en/heritage/")) {
                    listed.add(loc.substring(loc.lastIndexOf('/') + 1));
                }
            }
        }
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(new HashSet<>(listed)).isEqualTo(published);

        // the pages that are not records, and one record of each kind, open for a visitor (no sign-in, no error)
        List<String> visited = new ArrayList<>(texts(xml("/sitemaps/pages.xml"), "loc"));
        assertThat(visited).anyMatch(loc -> loc.endsWith("/ar/")).anyMatch(loc -> loc.endsWith("/fr/map"))
                .anyMatch(loc -> loc.endsWith("/en/open-data")).anyMatch(loc -> loc.endsWith("/ar/trainings"));
        for (String file : sitemaps) {
            List<String> locs = texts(xml(pathOf(file)), "loc");
            if (!locs.isEmpty()) {
                visited.add(locs.get(0));
            }
        }
        for (String loc : visited) {
            HttpResponse<String> page = http.get(pathOf(loc));
            assertThat(page.statusCode()).as(loc).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).as(loc).startsWith("text/html");
        }
    }

    @Test
    void anUnknownSitemapIsNotFound() {
        assertThat(http.get("/sitemaps/nothing.xml").statusCode()).isEqualTo(404);
        assertThat(http.get("/sitemaps/heritage.xml?after=ZZZZ").body()).doesNotContain("<url>");
    }

    private Document xml(String path) throws Exception {
        HttpResponse<String> answer = http.get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static String pathOf(String address) {
        URI uri = URI.create(address);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static List<String> texts(Document document, String name) {
        return elements(document.getDocumentElement(), SITEMAP, name).stream().map(Element::getTextContent).toList();
    }

    private static String text(Element parent, String name) {
        return elements(parent, SITEMAP, name).get(0).getTextContent();
    }

    private static List<Element> elements(Element parent, String namespace, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
