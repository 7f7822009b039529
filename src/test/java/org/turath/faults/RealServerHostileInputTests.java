package org.turath.faults;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.turath.support.Http;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and broken requests through the real server (the embedded Tomcat over a socket, byte for byte),
 * where the container's own parsing of the request line, parameters and bodies is part of what answers:
 * never a 500, pages in the request's language, problem documents under {@code /api/}, and no stack trace
 * in the log for a client's mistake.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RealServerHostileInputTests {

    @LocalServerPort
    int port;

    @Autowired
    RegistryFixture registry;

    Http http;

    private final List<String> defects = new ArrayList<>();

    @BeforeEach
    void demoData() {
        registry.demoData();
        http = new Http(port);
    }

    @Test
    void everyRawQueryOfTheCorpusGetsAClientAnswerNeverA500(CapturedOutput log) throws Exception {
        int logged = log.getOut().length();
        List<String> queries = new ArrayList<>(HostileInputTests.rawQueries());
        queries.add("q=a&=x");
        queries.add("q=%zz");
        queries.add(String.join("&", java.util.Collections.nCopies(1500, "x=1")));
        for (String query : queries) {
            for (String path : List.of("/ar/search", "/en/heritage", "/fr/trainings", "/api/v1/search", "/api/v1/heritage")) {
                check("GET " + path + "?" + query + " HTTP/1.1", null, path);
            }
        }
        assertThat(defects).isEmpty();
        assertThat(log.getOut().substring(logged)).doesNotContain("\tat ").doesNotContain(" ERROR ");
    }

    @Test
    void brokenAndOversizedBodiesAreRefusedInTheReadersLanguage(CapturedOutput log) {
        int logged = log.getOut().length();
        // a form body over the container's 2 MB, and one that is not UTF-8
        byte[] large = ("message=" + "a".repeat(2_200_000)).getBytes(StandardCharsets.US_ASCII);
        Http.RawAnswer tooLarge = http.raw("POST /fr/ask HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded", large);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(lang(tooLarge)).isEqualTo("fr");
        Http.RawAnswer notUtf8 = http.raw("POST /ar/ask HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded",
                "name=%C3%28&message=%FF%FE".getBytes(StandardCharsets.US_ASCII));
        assertThat(notUtf8.status()).isBetween(400, 499);
        assertThat(lang(notUtf8)).isEqualTo("ar");

        // a well-formed form in Arabic is read as UTF-8 (sent at once, "ask us" shows it again with every field kept)
        Http person = Http.browser(port);
        String token = Jsoup.parse(person.get("/ar/ask").body()).select("input[name=_csrf]").attr("value");
        String kept = person.post("/ar/ask", java.util.Map.of("_csrf", token, "topic", "OTHER", "language", "ar",
                "name", "فاطمة الزهراء", "email", "f@example.org", "message", "سؤال عن التراث")).body();
        assertThat(kept).contains("فاطمة الزهراء").contains("سؤال عن التراث");

        // multipart where nothing is uploaded, and a body announced at 110 MB: refused before it is read
        Http.RawAnswer multipart = http.raw("POST /en/ask HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=xyz",
                "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--xyz--\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(multipart.status()).isEqualTo(415);
        Http.RawAnswer huge = http.raw("POST /en/admin/publications/new HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=xyz\r\n"
                + "Content-Length: 115343360", null);
        assertThat(huge.status()).isBetween(400, 499);
        Http.RawAnswer broken = http.raw("POST /en/admin/publications/new HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=xyz",
                "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000.pdf\"\r\n\r\n%PDF".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(broken.status()).isBetween(400, 499);

        // a request line the web server itself refuses, before the portal sees it: our page in the three languages
        for (String line : List.of("GET /en/heritage?q={x} HTTP/1.1", "GET /ar/he|ritage HTTP/1.1", "GET /fr/\u0001 HTTP/1.1")) {
            Http.RawAnswer refused = http.raw(line, null);
            assertThat(refused.status()).as(line).isEqualTo(400);
            assertThat(refused.body()).as(line).contains("تعذّر فهم الطلب", "Request not understood", "Requête incomprise")
                    .doesNotContainIgnoringCase("tomcat");
        }

        // the container's error page asked for directly
        Http.RawAnswer error = http.raw("GET /error HTTP/1.1", null);
        assertThat(error.status()).isEqualTo(404);
        assertThat(log.getOut().substring(logged)).doesNotContain("\tat ").doesNotContain(" ERROR ");
    }

    /** A session is created by setting its cookie: none of these answers may set one. */
    @Test
    void anonymousVisitorsLeaveNoSessionBehind() {
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            var asked = http.bytes("GET", "/en/admin/heritage?i=" + i);
            assertThat(asked.statusCode()).isEqualTo(302);
            cookies.addAll(asked.headers().allValues("Set-Cookie"));
            var head = http.bytes("HEAD", "/ar/account");
            assertThat(head.statusCode()).isEqualTo(302);
            cookies.addAll(head.headers().allValues("Set-Cookie"));
        }
        Http.RawAnswer longUrl = http.raw("GET /fr/admin/heritage?x=" + "a".repeat(60_000) + " HTTP/1.1", null);
        assertThat(longUrl.status()).isEqualTo(302);
        cookies.add(longUrl.head());
        // the survey, past its ten answers an hour from one address: refused, and still nothing kept on the server
        Http visitor = Http.browser(port);
        for (int i = 0; i < 14; i++) {
            var form = visitor.get("/en/feedback?from=/en/heritage");
            cookies.addAll(form.headers().allValues("Set-Cookie"));
            String token = Jsoup.parse(form.body()).select("input[name=_csrf]").attr("value");
            var answered = visitor.post("/en/feedback", java.util.Map.of("_csrf", token, "from", "/en/states/" + i, "score", "4"));
            assertThat(answered.statusCode()).isIn(302, 409, 429);
            cookies.addAll(answered.headers().allValues("Set-Cookie"));
        }
        assertThat(cookies).isNotEmpty().noneMatch(cookie -> cookie.contains("SESSION="));
    }

    private void check(String requestLine, byte[] body, String path) {
        Http.RawAnswer answer = http.raw(requestLine, body);
        String where = requestLine.length() > 120 ? requestLine.substring(0, 120) + "…" : requestLine;
        if (answer.status() >= 500) {
            defects.add(where + ": " + answer.status());
            return;
        }
        boolean api = path.startsWith("/api/");
        String type = answer.head().toLowerCase(java.util.Locale.ROOT);
        if (api && answer.status() >= 400 && !type.contains("content-type: application/problem+json")) {
            defects.add(where + ": " + answer.status() + " not a problem document");
        }
        if (!api && type.contains("content-type: text/html") && !lang(answer).equals(path.substring(1, 3))) {
            defects.add(where + ": " + answer.status() + " page in '" + lang(answer) + "'");
        }
    }

    private static String lang(Http.RawAnswer answer) {
        return Jsoup.parse(answer.body()).select("html").attr("lang");
    }
}
