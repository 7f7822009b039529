package org.turath.collections;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Role;
import org.turath.shared.Language;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;
import org.turath.support.Visitor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collections as a curator, the secretariat and a visitor use them: a curator adds objects to the museum they
 * curate and to no other, nothing is public before the secretariat publishes it, an Arabic inscription keeps its
 * language and direction and is found by Arabic search; an image is checked by its content and declared size, tiled,
 * and served over IIIF to anyone once its object is public — and a manifest describes the object for any IIIF viewer.
 */
@IntegrationTest
public class CollectionTests {

    private static final String PASSWORD = "collections of the museums";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountsApi accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryFixture registry;

    private String person(Role role) {
        String email = "collections." + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Collections " + role, PASSWORD, Language.EN, "Centre", Set.of(role), Set.of());
        return email;
    }

    private Visitor signedIn(String email) throws Exception {
        Visitor visitor = new Visitor(mvc, "10.83." + (int) (Math.random() * 200) + "." + (int) (Math.random() * 200 + 1));
        visitor.signIn(email, PASSWORD);
        return visitor;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A published museum of the directory, curated by {@code curator}; its reference. */
    private String museum(Visitor secretariat, String curator, String s) throws Exception {
        secretariat.get("/en/admin/museums/new");
        MockHttpServletResponse created = secretariat.post("/en/admin/museums/new", Map.of("name.en", "Collections museum " + s,
                "name.ar", "متحف المجموعات " + s, "kind", "ISLAMIC_ART", "state", "QA", "city.en", "Doha"));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        String id = created.getRedirectedUrl().replaceAll(".*/admin/museums/([0-9a-f-]{36}).*", "$1");
        Document admin = Jsoup.parse(secretariat.get("/en/admin/museums/" + id).getContentAsString());
        secretariat.post("/en/admin/museums/" + id + "/publication",
                Map.of("version", admin.select("form[action$=publication] input[name=version]").val(), "shown", "true"));
        secretariat.get("/en/admin/museums/" + id);
        assertThat(secretariat.post("/en/admin/museums/" + id + "/curators", Map.of("email", curator)).getStatus()).isEqualTo(302);
        return "collections-museum-" + s;
    }

    private Map<String, String> object(String museum, String s) {
        Map<String, String> form = new HashMap<>();
        form.put("museum", museum);
        form.put("inventoryNumber", "MIA.AS." + s);
        form.put("title.en", "Astrolabe of Ahmad " + s);
        form.put("title.ar", "أسطرلاب أحمد " + s);
        form.put("objectType.en", "Astrolabe");
        form.put("objectType.ar", "أسطرلاب");
        form.put("materials.en", "Cast and engraved brass");
        form.put("height", "١٢٫٥");
        form.put("weight", "850");
        form.put("inscription", "صنعه أحمد بن خلف " + s);
        form.put("inscriptionLanguage", "ar");
        form.put("inscriptionNote.en", "Made by Ahmad ibn Khalaf");
        form.put("period.en", "10th century");
        form.put("yearFrom", "900");
        form.put("yearTo", "999");
        form.put("heritage", registry.referenceOf(170));
        form.put("rightToLeft", "true");
        return form;
    }

    private String create(Visitor curator, Map<String, String> form) throws Exception {
        Document page = Jsoup.parse(curator.get("/en/admin/collections/new").getContentAsString());
        Map<String, String> posted = new HashMap<>(form);
        posted.put("submission", page.select("input[name=submission]").val());
        MockHttpServletResponse created = curator.post("/en/admin/collections/new", posted);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        // a double click makes one object
        assertThat(curator.post("/en/admin/collections/new", posted).getRedirectedUrl()).isEqualTo(created.getRedirectedUrl());
        return created.getRedirectedUrl().replaceAll(".*/admin/collections/([0-9a-f-]{36}).*", "$1");
    }

    private void publish(Visitor secretariat, String id) throws Exception {
        Document admin = Jsoup.parse(secretariat.get("/en/admin/collections/" + id).getContentAsString());
        MockHttpServletResponse published = secretariat.post("/en/admin/collections/" + id + "/publication",
                Map.of("version", admin.select("form[action$=publication] input[name=version]").val(), "shown", "true"));
        assertThat(published.getStatus()).as(published.getContentAsString()).isEqualTo(302);
    }

    @Test
    void aCuratorDescribesAnObjectOfTheirMuseumOnlyAndItIsPublicOnceTheSecretariatPublishesIt() throws Exception {
        registry.demoData();
        String s = suffix();
        String curatorEmail = person(Role.MUSEUM_CURATOR);
        Visitor secretariat = signedIn(person(Role.SECRETARIAT));
        String museum = museum(secretariat, curatorEmail, s);
        Visitor curator = signedIn(curatorEmail);

        // the curator's form offers their museum; a refused form keeps every field and says why by field
        Document empty = Jsoup.parse(curator.get("/en/admin/collections/new").getContentAsString());
        assertThat(empty.select("select[name=museum] option").eachAttr("value")).containsExactly(museum);
        Map<String, String> wrong = object(museum, s);
        wrong.put("yearTo", "800");
        wrong.put("height", "-3");
        wrong.put("title.en", "<script>alert('x')</script> " + s);
        wrong.put("inscriptionLanguage", "");
        MockHttpServletResponse refused = curator.post("/en/admin/collections/new", wrong);
        assertThat(refused.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("#e-yearTo").text()).isEqualTo("The last year comes before the first.");
        assertThat(page.select("#e-height").text()).startsWith("Type a positive number");
        assertThat(page.select("#e-inscriptionLanguage").text()).isEqualTo("Say which language the inscription is written in.");
        assertThat(page.select("input[name='title.en']").val()).isEqualTo("<script>alert('x')</script> " + s);
        assertThat(page.select("textarea[name=inscription]").text()).isEqualTo("صنعه أحمد بن خلف " + s);
        assertThat(refused.getContentAsString()).doesNotContain("<script>alert");

        // another museum's address is refused to a curator who does not curate it
        Map<String, String> elsewhere = object("museum-of-islamic-art-doha", s);
        elsewhere.put("inventoryNumber", "ELSEWHERE-" + s);
        curator.get("/en/admin/collections/new");
        assertThat(Jsoup.parse(curator.post("/en/admin/collections/new", elsewhere).getContentAsString()).select("#e-museum, .alert-danger").text())
                .isNotEmpty();

        String id = create(curator, object(museum, s));
        String reference = museum + "-mia-as-" + s;
        assertThat(jdbc.queryForObject("select height_cm from collection_object where id = ?::uuid", java.math.BigDecimal.class, id))
                .isEqualByComparingTo("12.5");
        assertThat(jdbc.queryForObject("select reference from collection_object where id = ?::uuid", String.class, id)).isEqualTo(reference);

        // a curator of another museum does not see it; a curator does not publish
        Visitor stranger = signedIn(person(Role.MUSEUM_CURATOR));
        assertThat(stranger.get("/en/admin/collections/" + id).getStatus()).isEqualTo(404);
        Document mine = Jsoup.parse(curator.get("/en/admin/collections/" + id).getContentAsString());
        assertThat(mine.select("form[action$=publication]")).isEmpty();
        assertThat(curator.post("/en/admin/collections/" + id + "/publication", Map.of("version", "0", "shown", "true")).getStatus())
                .isEqualTo(403);

        Visitor visitor = new Visitor(mvc, "10.84.0.1");
        assertThat(visitor.get("/en/collections/" + reference).getStatus()).isEqualTo(404);
        assertThat(visitor.get("/iiif/3/manifests/" + reference).getStatus()).isEqualTo(404);

        publish(secretariat, id);
        Document shown = Jsoup.parse(visitor.get("/fr/collections/" + reference).getContentAsString());
        assertThat(shown.select("h1").text()).isEqualTo("Astrolabe of Ahmad " + s);
        assertThat(shown.select("h1").attr("lang")).isEqualTo("en");
        assertThat(shown.select("blockquote.inscription").attr("lang")).isEqualTo("ar");
        assertThat(shown.select("blockquote.inscription").attr("dir")).isEqualTo("rtl");
        assertThat(shown.select("dd").text()).contains("Hauteur : 12.5 cm", "Poids : 850 g");
        assertThat(shown.select("main a[href='/fr/heritage/" + registry.referenceOf(170) + "']")).hasSize(1);
        assertThat(shown.select("script[type=application/ld+json]").html()).contains("\"CreativeWork\"", "MIA.AS." + s);
        assertThat(Jsoup.parse(visitor.get("/en/collections?museum=" + museum).getContentAsString()).select(".object-card a")
                .eachAttr("href")).containsExactly("/en/collections/" + reference);
        assertThat(visitor.get("/en/collections?museum=no-such-museum").getStatus()).isEqualTo(400);
        assertThat(visitor.get("/en/collections?cursor=forged").getStatus()).isEqualTo(400);

        // found by the words of its inscription, in Arabic
        Document found = Jsoup.parse(visitor.get("/ar/search?q=" + "أحمد بن خلف " + s).getContentAsString());
        assertThat(found.select(".search-hit a[href='/ar/collections/" + reference + "']")).as(found.select("main").text()).hasSize(1);
        // and by the search API, which links it to its page (objects have no API record of their own)
        assertThat(visitor.get("/api/v1/search?lang=fr&q=" + s).getContentAsString())
                .contains("\"href\":\"/fr/collections/" + reference + "\"").doesNotContain("/api/v1/heritage/" + reference);

        // a manifest has at least one canvas: none before the object has an image
        assertThat(visitor.get("/iiif/3/manifests/" + reference).getStatus()).isEqualTo(404);
        assertThat(shown.select("a.iiif-link")).isEmpty();

        // a stale edit is refused and loses nothing
        Document form = Jsoup.parse(curator.get("/en/admin/collections/" + id).getContentAsString());
        Map<String, String> edit = object(museum, s);
        edit.put("reference", reference);
        edit.put("materials.fr", "Laiton fondu et gravé");
        int versions = jdbc.queryForObject("select count(*) from collection_object_aud where id = ?::uuid", Integer.class, id);
        edit.put("version", form.select("form:not([action$=publication]) input[name=version]").first().val());
        assertThat(curator.post("/en/admin/collections/" + id, edit).getStatus()).isEqualTo(302);
        assertThat(curator.post("/en/admin/collections/" + id, edit).getStatus()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from collection_object_aud where id = ?::uuid", Integer.class, id))
                .isEqualTo(versions + 1);
        assertThat(jdbc.queryForObject("select materials_fr from collection_object where id = ?::uuid", String.class, id))
                .isEqualTo("Laiton fondu et gravé");
    }

    @Test
    void anImageIsTiledAndServedOverIiifWhileBombsAndFakesAreRefusedAndNothingOfThemKept() throws Exception {
        registry.demoData();
        String s = suffix();
        String curatorEmail = person(Role.MUSEUM_CURATOR);
        Visitor secretariat = signedIn(person(Role.SECRETARIAT));
        String museum = museum(secretariat, curatorEmail, s);
        Visitor curator = signedIn(curatorEmail);
        String id = create(curator, object(museum, s));
        String path = "/en/admin/collections/" + id + "/images";
        Map<String, String> details = Map.of("credit", "Museum photographer " + s, "licence", "CC_BY", "alt.en", "The astrolabe, front");

        // a file that says it is a JPEG but is text; a PNG that declares 50,000 × 50,000 pixels in a few bytes
        curator.get("/en/admin/collections/" + id);
        MockHttpServletResponse fake = curator.upload(path, details, "image", "astrolabe.jpg", "image/jpeg",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(fake.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(fake.getContentAsString()).select(".alert-danger").text()).startsWith("This file is not an image");
        curator.get("/en/admin/collections/" + id);
        MockHttpServletResponse bomb = curator.upload(path, details, "image", "bomb.png", "image/png", declaring(50_000, 50_000));
        assertThat(bomb.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(bomb.getContentAsString()).select(".alert-danger").text())
                .contains("50,000 × 50,000").contains("400 million");
        curator.get("/en/admin/collections/" + id);
        MockHttpServletResponse unnamed = curator.upload(path, Map.of("credit", "x", "licence", "CC_BY"), "image", "a.png", "image/png",
                png(600, 400));
        assertThat(Jsoup.parse(unnamed.getContentAsString()).select(".alert-danger").text()).startsWith("Describe what the image shows");
        assertThat(jdbc.queryForObject("select count(*) from collection_image where object_id = ?::uuid", Integer.class, id)).isZero();

        curator.get("/en/admin/collections/" + id);
        assertThat(curator.upload(path, details, "image", "front.png", "image/png", png(3000, 2000)).getStatus()).isEqualTo(302);
        String image = jdbc.queryForObject("select id from collection_image where object_id = ?::uuid", String.class, id);
        awaitReady(image);
        tiled(image);

        // not public yet: the curator sees it over IIIF, a visitor does not
        Visitor visitor = new Visitor(mvc, "10.84.0.2");
        assertThat(visitor.get("/iiif/3/" + image + "/info.json").getStatus()).isEqualTo(404);
        assertThat(curator.get("/iiif/3/" + image + "/info.json").getStatus()).isEqualTo(200);
        publish(secretariat, id);

        MockHttpServletResponse infoAnswer = visitor.get("/iiif/3/" + image + "/info.json");
        assertThat(infoAnswer.getContentType()).startsWith("application/ld+json").contains("http://iiif.io/api/image/3/context.json");
        assertThat(infoAnswer.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        JsonNode info = JSON.readTree(infoAnswer.getContentAsString());
        assertThat(info.get("type").asString()).isEqualTo("ImageService3");
        assertThat(info.get("profile").asString()).isEqualTo("level1");
        assertThat(info.get("width").asInt()).isEqualTo(3000);
        assertThat(info.get("height").asInt()).isEqualTo(2000);
        assertThat(info.get("tiles").get(0).get("width").asInt()).isEqualTo(512);
        assertThat(info.get("tiles").get(0).get("scaleFactors").toString()).isEqualTo("[1,2,4,8]");

        String base = "/iiif/3/" + image;
        assertThat(size(visitor.get(base + "/0,0,512,512/512,/0/default.jpg"))).isEqualTo("512x512");
        // an edge tile, the whole image at the deepest level, a region drawn from the tiles, a square thumbnail
        assertThat(size(visitor.get(base + "/2560,1536,440,464/440,464/0/default.jpg"))).isEqualTo("440x464");
        assertThat(size(visitor.get(base + "/full/375,/0/default.jpg"))).isEqualTo("375x250");
        assertThat(size(visitor.get(base + "/full/max/0/default.jpg"))).isEqualTo("2048x1365");
        assertThat(size(visitor.get(base + "/square/300,300/0/default.jpg"))).isEqualTo("300x300");
        BufferedImage region = ImageIO.read(new ByteArrayInputStream(visitor.get(base + "/1500,0,1500,1000/300,200/0/color.jpg")
                .getContentAsByteArray()));
        // the right half of the top row is red in the original: the region drawn from tiles is red too
        Color middle = new Color(region.getRGB(150, 100));
        assertThat(middle.getRed()).isGreaterThan(200);
        assertThat(middle.getGreen()).isLessThan(60);
        assertThat(visitor.get(base + "/full/max/90/default.jpg").getStatus()).isEqualTo(501);
        assertThat(visitor.get(base + "/full/max/0/default.png").getStatus()).isEqualTo(501);
        assertThat(visitor.get(base + "/full/4000,/0/default.jpg").getStatus()).isEqualTo(400);
        assertThat(visitor.get(base + "/9000,0,10,10/max/0/default.jpg").getStatus()).isEqualTo(400);
        assertThat(visitor.get(base + "/full/max/0/default").getStatus()).isEqualTo(400);
        assertThat(visitor.get("/iiif/3/not-an-id/info.json").getStatus()).isEqualTo(404);

        JsonNode manifest = JSON.readTree(visitor.get("/iiif/3/manifests/" + museum + "-mia-as-" + s).getContentAsString());
        assertThat(manifest.get("type").asString()).isEqualTo("Manifest");
        assertThat(manifest.get("label").get("ar").get(0).asString()).isEqualTo("أسطرلاب أحمد " + s);
        assertThat(manifest.get("viewingDirection").asString()).isEqualTo("right-to-left");
        JsonNode canvas = manifest.get("items").get(0);
        assertThat(canvas.get("width").asInt()).isEqualTo(3000);
        JsonNode body = canvas.get("items").get(0).get("items").get(0).get("body");
        assertThat(body.get("service").get(0).get("id").asString()).endsWith("/iiif/3/" + image);
        assertThat(manifest.get("rights").asString()).isEqualTo("http://creativecommons.org/licenses/by/4.0/");
        assertThat(manifest.get("requiredStatement").get("value").get("none").get(0).asString()).isEqualTo("Museum photographer " + s);

        // removed: its tiles go with it
        Document admin = Jsoup.parse(curator.get("/en/admin/collections/" + id).getContentAsString());
        assertThat(admin.select(".admin-images img").attr("alt")).isEqualTo("The astrolabe, front");
        assertThat(curator.post("/en/admin/collections/" + id + "/images/remove", Map.of("image", image)).getStatus()).isEqualTo(302);
        assertThat(visitor.get(base + "/info.json").getStatus()).isEqualTo(404);
    }

    private void awaitReady(String image) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            String status = jdbc.queryForObject("select status from collection_image where id = ?::uuid", String.class, image);
            if (!"PROCESSING".equals(status)) {
                assertThat(status).isEqualTo("READY");
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("image " + image + " not tiled within a minute");
    }

    private static String size(MockHttpServletResponse answer) throws Exception {
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        assertThat(answer.getContentType()).isEqualTo("image/jpeg");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(answer.getContentAsByteArray()));
        return image.getWidth() + "x" + image.getHeight();
    }

    /** A PNG: the left half blue, the right half of the top half red, the rest white. */
    public static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.RED);
        g.fillRect(width / 2, 0, width - width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A few bytes of PNG that declare an image of {@code width} × {@code height}: a decompression bomb's header. */
    static byte[] declaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", new byte[]{0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** Once an image is tiled, before its tiles are asked for: what a node of several is checked for (MediaOnS3Tests' kin). */
    void tiled(String image) throws Exception {
    }
}
