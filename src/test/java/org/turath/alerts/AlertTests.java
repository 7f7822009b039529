package org.turath.alerts;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Role;
import org.turath.files.FileStore;
import org.turath.shared.Language;
import org.turath.support.Http;
import org.turath.support.IntegrationTest;
import org.turath.support.Visitor;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stolen-object alerts as a focal point, the secretariat and the public use them: nothing is public before the
 * secretariat verifies it; once public, a visitor finds the alert by describing the object in other words, or by a
 * photograph of it taken smaller and recompressed, through the real server — and the photograph is not kept; once the
 * object is recovered, "check an object" no longer lists it.
 */
@IntegrationTest
public class AlertTests {

    private static final String PASSWORD = "stolen objects are sought";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountsApi accounts;

    @Autowired
    FileStore files;

    @Autowired
    org.turath.opendata.OpenDataSettings openData;

    @LocalServerPort
    int port;

    private Visitor person(Set<Role> roles, Set<String> states) throws Exception {
        String email = "alerts." + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Alerts " + roles, PASSWORD, Language.EN, "Centre", roles, states);
        Visitor visitor = new Visitor(mvc, "10.84." + (int) (Math.random() * 200) + "." + (int) (Math.random() * 200 + 1));
        visitor.signIn(email, PASSWORD);
        return visitor;
    }

    /** A picture no other test draws: coloured shapes placed by {@code seed}. */
    public static BufferedImage picture(long seed, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Random random = new Random(seed);
        g.setColor(new Color(235, 225, 205));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 14; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            g.fillOval(random.nextInt(width), random.nextInt(height), width / 3, height / 3);
            g.fillRect(random.nextInt(width), random.nextInt(height), width / 5, height / 7);
        }
        g.dispose();
        return image;
    }

    public static byte[] encode(BufferedImage image, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The same picture as a visitor's phone would give it: smaller, and a JPEG. */
    public static byte[] retaken(BufferedImage original, double scale) throws Exception {
        int width = (int) (original.getWidth() * scale);
        int height = (int) (original.getHeight() * scale);
        BufferedImage smaller = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smaller.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(original, 0, 0, width, height, null);
        g.dispose();
        return encode(smaller, "jpg");
    }

    private static Map<String, String> alert(String s) {
        Map<String, String> form = new HashMap<>();
        form.put("event", "STOLEN");
        form.put("eventDate", "2026-03-14");
        form.put("state", "IQ");
        form.put("reporter", "Ministry of Culture " + s);
        form.put("place.en", "Mosul");
        form.put("title.en", "Brass astrolabe " + s);
        form.put("title.ar", "أسطرلاب نحاسي " + s);
        form.put("objectType.en", "Astrolabe");
        form.put("objectType.ar", "أسطرلاب");
        form.put("materials.en", "Engraved brass");
        form.put("period.en", "13th century");
        form.put("description.en", "A planispheric astrolabe with a pierced rete and four plates, signed " + s + ".");
        form.put("description.ar", "أسطرلاب مسطح بعنكبوت مخرم وأربع صفائح");
        form.put("inscription", "عمل محمد بن أحمد " + s);
        form.put("height", "18");
        form.put("policeReference", "TEST-" + s);
        return form;
    }

    @Test
    void anAlertIsPublicOnlyOnceVerifiedAndIsFoundByWordsAndByAPhotographUntilTheObjectIsRecovered() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 8);
        Visitor focal = person(Set.of(Role.FOCAL_POINT), Set.of("IQ"));
        Visitor otherFocal = person(Set.of(Role.FOCAL_POINT), Set.of("MA"));
        Visitor secretariat = person(Set.of(Role.SECRETARIAT), Set.of());
        Http visitor = new Http(port);

        // a focal point reports for their own state only; a double post makes one alert
        Document form = Jsoup.parse(focal.get("/en/admin/alerts/new").getContentAsString());
        Map<String, String> elsewhere = new HashMap<>(alert(s));
        elsewhere.put("state", "MA");
        elsewhere.put("submission", UUID.randomUUID().toString());
        MockHttpServletResponse refused = focal.post("/en/admin/alerts/new", elsewhere);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("You report objects for your own museums and member states only.");
        Map<String, String> posted = new HashMap<>(alert(s));
        posted.put("submission", form.select("input[name=submission]").val());
        MockHttpServletResponse created = focal.post("/en/admin/alerts/new", posted);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        assertThat(focal.post("/en/admin/alerts/new", posted).getRedirectedUrl()).isEqualTo(created.getRedirectedUrl());
        String id = created.getRedirectedUrl().replaceAll(".*/admin/alerts/([0-9a-f-]{36}).*", "$1");
        Document page = Jsoup.parse(focal.get("/en/admin/alerts/" + id).getContentAsString());

        BufferedImage photograph = picture(s.hashCode(), 900, 700);
        MockHttpServletResponse fake = focal.upload("/en/admin/alerts/" + id + "/photos", Map.of("credit", "Ministry", "alt.en", "The astrolabe"),
                "photo", "astrolabe.jpg", "image/jpeg", "not a picture at all".getBytes());
        assertThat(fake.getStatus()).isEqualTo(422);
        assertThat(fake.getContentAsString()).contains("This file is not a JPEG, PNG or WebP photograph the portal can read.");
        focal.get("/en/admin/alerts/" + id);
        MockHttpServletResponse added = focal.upload("/en/admin/alerts/" + id + "/photos",
                Map.of("credit", "Ministry of Culture", "alt.en", "The astrolabe's front, with its rete"), "photo", "astrolabe.png",
                "image/png", encode(photograph, "png"));
        assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(302);
        page = Jsoup.parse(focal.get("/en/admin/alerts/" + id).getContentAsString());
        String photo = page.select("#photos img").attr("src");
        String reference = null;

        // nothing public yet: not the page, the API, the photograph; another state's focal point does not see it
        assertThat(visitor.get(photo).statusCode()).isEqualTo(404);
        assertThat(visitor.get("/api/v1/alerts").body()).doesNotContain(s);
        String record = "/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier="
                + java.net.URLEncoder.encode(openData.oaiIdentifier("alert", id), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(visitor.get(record).body()).contains("idDoesNotExist").doesNotContain("Brass astrolabe " + s);
        assertThat(otherFocal.get("/en/admin/alerts/" + id).getStatus()).isEqualTo(404);

        // sent; the focal point cannot publish; the secretariat returns only with a note, then publishes
        focal.post("/en/admin/alerts/" + id + "/submit", Map.of("version", page.select("form[action$=submit] input[name=version]").val()));
        page = Jsoup.parse(focal.get("/en/admin/alerts/" + id).getContentAsString());
        assertThat(page.text()).contains("This alert has been sent");
        assertThat(focal.post("/en/admin/alerts/" + id + "/review", Map.of("version", "1", "decision", "publish")).getStatus())
                .isEqualTo(403);
        page = Jsoup.parse(secretariat.get("/en/admin/alerts/" + id).getContentAsString());
        String version = page.select("form[action$=review] input[name=version]").val();
        MockHttpServletResponse noNote = secretariat.post("/en/admin/alerts/" + id + "/review", Map.of("version", version, "decision", "return"));
        assertThat(noNote.getStatus()).isEqualTo(422);
        assertThat(noNote.getContentAsString()).contains("Write a note saying why.");
        assertThat(secretariat.post("/en/admin/alerts/" + id + "/review", Map.of("version", version, "decision", "publish")).getStatus())
                .isEqualTo(302);
        page = Jsoup.parse(secretariat.get("/en/admin/alerts/" + id).getContentAsString());
        String publicPage = page.select("a:contains(Public page)").attr("href");
        reference = publicPage.substring(publicPage.lastIndexOf('/') + 1);

        // public: the page in three languages, the photograph, the API, the feed
        assertThat(visitor.get("/en/alerts/" + reference).body()).contains("Brass astrolabe " + s).contains("TEST-" + s);
        assertThat(Jsoup.parse(visitor.get("/ar/alerts/" + reference).body()).select("h1").text()).isEqualTo("أسطرلاب نحاسي " + s);
        assertThat(visitor.get(photo).statusCode()).isEqualTo(200);
        assertThat(visitor.get("/api/v1/alerts/" + reference).body()).contains("\"policeReference\":\"TEST-" + s + "\"");
        assertThat(visitor.get("/fr/alerts/feed.atom").body()).contains("/fr/alerts/" + reference);
        assertThat(visitor.get(record).body()).contains("/en/alerts/" + reference, "Brass astrolabe " + s, "<setSpec>alert</setSpec>");

        // "check an object", through the real server: by other words (an Arabic article, another case) ...
        Path checks = files.path("alertchecks", UUID.randomUUID() + ".jpg").getParent();
        HttpResponse<String> byWords = check(visitor, "/ar/alerts/check", "الأسطرلاب من الموصل، نحاس", null);
        assertThat(byWords.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(byWords.body()).select(".check-results a[href=/ar/alerts/" + reference + "]")).hasSize(1);
        // ... and by a smaller JPEG of its photograph, with no words at all; the photograph is not kept
        HttpResponse<String> byPhoto = check(visitor, "/en/alerts/check", "", retaken(photograph, 0.45));
        Document found = Jsoup.parse(byPhoto.body());
        assertThat(found.select(".check-results a[href=/en/alerts/" + reference + "]")).as(byPhoto.body()).hasSize(1);
        assertThat(found.select(".check-results li").first().text()).contains("Photograph similar");
        assertThat(found.text()).contains("Your photograph was compared and is not kept.");
        assertThat(kept(checks)).isZero();
        HttpResponse<String> another = check(visitor, "/en/alerts/check", "", retaken(picture(s.hashCode() + 1L, 900, 700), 0.45));
        assertThat(Jsoup.parse(another.body()).select(".check-results a[href=/en/alerts/" + reference + "]")).isEmpty();
        HttpResponse<String> notAPhoto = check(visitor, "/fr/alerts/check", "", "%PDF-1.7 not a photograph".getBytes());
        assertThat(notAPhoto.statusCode()).isEqualTo(422);
        assertThat(notAPhoto.body()).contains("Ce fichier n’est pas une photographie JPEG, PNG ou WebP que le portail sait lire.");
        assertThat(kept(checks)).isZero();

        // recovered: still public, marked so, and no longer a match
        page = Jsoup.parse(secretariat.get("/en/admin/alerts/" + id).getContentAsString());
        assertThat(secretariat.post("/en/admin/alerts/" + id + "/status", Map.of("version",
                page.select("form[action$=status] input[name=version]").val(), "status", "RECOVERED",
                "note", "Returned by customs")).getStatus()).isEqualTo(302);
        assertThat(visitor.get("/en/alerts/" + reference).body()).contains("This object has been recovered.");
        assertThat(visitor.get("/en/alerts?status=recovered").body()).contains("/en/alerts/" + reference);
        assertThat(Jsoup.parse(check(visitor, "/en/alerts/check", "", retaken(photograph, 0.45)).body())
                .select(".check-results a[href=/en/alerts/" + reference + "]")).isEmpty();
    }

    @Test
    void aPublicUploadLargerThanAPhotographIsRefusedBeforeItIsRead() {
        Http visitor = new Http(port);
        byte[] large = new byte[22 * 1024 * 1024];
        Http.RawAnswer answer = visitor.raw("POST /en/alerts/check HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=x", large);
        assertThat(answer.status()).isEqualTo(413);
    }

    /** A visitor's browser opens the check page and posts it (with its token), as a person does. */
    private HttpResponse<String> check(Http visitor, String path, String description, byte[] photograph) {
        Http browser = Http.browser(port);
        String token = Jsoup.parse(browser.get(path).body()).select("form[action=" + path + "] input[name=_csrf]").val();
        Map<String, String> fields = Map.of("_csrf", token, "description", description);
        return photograph == null ? browser.upload(path, fields, "photo", "", "application/octet-stream", new byte[0])
                : browser.upload(path, fields, "photo", "photo.jpg", "image/jpeg", photograph);
    }

    private static long kept(Path directory) throws Exception {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> found = Files.list(directory)) {
            return found.count();
        }
    }
}
