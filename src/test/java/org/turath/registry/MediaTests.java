package org.turath.registry;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

/** Images of heritage items: what is accepted, what is refused and why, and who gets to see them. */
@IntegrationTest
class MediaTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixture registry;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.turath.files.Storage storage;

    @org.springframework.beans.factory.annotation.Value("${turath.storage.dir}")
    Path storageDirectory;

    final RequestPostProcessor secretariat = SecurityMockMvcRequestPostProcessors.user("secretariat@example.org").roles("SECRETARIAT");
    final List<String> created = new ArrayList<>();
    String reference;

    @BeforeEach
    void draft() throws Exception {
        registry.demoData();
        MockHttpServletRequestBuilder create = MockMvcRequestBuilders.post("/en/admin/heritage/new").with(secretariat)
                .with(SecurityMockMvcRequestPostProcessors.csrf());
        Map.of("kind", "TANGIBLE_CULTURAL", "nameEn", "Pictured medina", "nameAr", "مدينة مصوّرة", "states", "MA")
                .forEach(create::param);
        String location = mvc.perform(create).andReturn().getResponse().getRedirectedUrl();
        reference = location.replaceAll(".*/(IWH-\\d+)\\?saved$", "$1");
        created.add(reference);
    }

    @AfterEach
    void remove() {
        registry.remove(created);
    }

    @Test
    void anImageGetsAThumbnailAndIsSeenPubliclyOnlyOnceTheItemIsPublished() throws Exception {
        MockHttpServletResponse uploaded = upload(secretariat, new MockMultipartFile("file", "../../courtyard.png", "image/png",
                png(1200, 800)), Map.of("captionAr", "الفناء", "captionEn", "The courtyard", "credit", "© Centre, CC BY 4.0"));
        assertThat(uploaded.getStatus()).isEqualTo(302);
        Map<String, Object> row = jdbc.queryForMap("select id, original_name, content_type, width, height, stored_name from heritage_media"
                + " where item_id = (select id from heritage_item where reference = ?)", reference);
        assertThat(row).containsEntry("original_name", "courtyard.png").containsEntry("content_type", "image/png")
                .containsEntry("width", 1200).containsEntry("height", 800);
        assertThat((String) row.get("stored_name")).matches("[0-9a-f-]{36}\\.png");
        String id = row.get("id").toString();

        assertThat(mvc.perform(MockMvcRequestBuilders.get("/media/" + id + "/thumb")).andReturn().getResponse().getStatus())
                .as("a draft's image is not public").isEqualTo(404);
        MockHttpServletResponse thumb = mvc.perform(MockMvcRequestBuilders.get("/media/" + id + "/thumb").with(secretariat))
                .andReturn().getResponse();
        assertThat(thumb.getContentType()).isEqualTo("image/jpeg");
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumb.getContentAsByteArray()));
        assertThat(small.getWidth()).isEqualTo(480);
        assertThat(small.getHeight()).isEqualTo(320);

        publish();
        MockHttpServletResponse original = mvc.perform(MockMvcRequestBuilders.get("/media/" + id)).andReturn().getResponse();
        assertThat(original.getStatus()).isEqualTo(200);
        assertThat(original.getContentType()).isEqualTo("image/png");
        assertThat(original.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        var page = Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get("/ar/heritage/" + reference)).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("#images-heading + ul img").attr("alt")).isEqualTo("الفناء");
        assertThat(page.select("#images-heading + ul figcaption").text()).contains("© Centre, CC BY 4.0");
    }

    @Test
    void filesThatAreNotImagesOrAreTooBigAreRefusedWithAReasonAndLeaveNothingBehind() throws Exception {
        long filesBefore = storedFiles();
        Map<String, String> cases = Map.of(
                "a text file named like a photo", "This file is not a JPEG, PNG or WebP image, whatever its name says.",
                "a PDF named like a PNG", "This file is not a JPEG, PNG or WebP image, whatever its name says.",
                "a PNG claiming 100000×100000 pixels", "This image is too large (more than 50 megapixels).");
        Map<String, MockMultipartFile> files = Map.of(
                "a text file named like a photo", new MockMultipartFile("file", "photo.jpg", "image/jpeg",
                        "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)),
                "a PDF named like a PNG", new MockMultipartFile("file", "plan.png", "image/png",
                        "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII)),
                "a PNG claiming 100000×100000 pixels", new MockMultipartFile("file", "bomb.png", "image/png", pngHeader(100_000, 100_000)));
        for (var entry : files.entrySet()) {
            MockHttpServletResponse response = upload(secretariat, entry.getValue(), Map.of());
            assertThat(response.getStatus()).as(entry.getKey()).isEqualTo(422);
            assertThat(Jsoup.parse(response.getContentAsString()).select("#media-problem").text()).as(entry.getKey())
                    .isEqualTo(cases.get(entry.getKey()));
        }
        assertThat(jdbc.queryForObject("select count(*) from heritage_media where item_id = (select id from heritage_item where reference = ?)",
                Integer.class, reference)).isZero();
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void anImageCannotBeRemovedThroughAnotherItemsAddress() throws Exception {
        upload(secretariat, new MockMultipartFile("file", "a.png", "image/png", png(40, 30)), Map.of());
        String image = jdbc.queryForObject("select cast(id as varchar) from heritage_media where item_id = (select id from heritage_item"
                + " where reference = ?)", String.class, reference);
        String other = registry.referenceOf(170);
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/en/admin/heritage/" + other + "/media/" + image
                + "/delete").with(secretariat).with(SecurityMockMvcRequestPostProcessors.csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from heritage_media where cast(id as varchar) = ?", Integer.class, image)).isOne();
    }

    @Test
    void aFocalPointOfAnotherStateCannotAddImages() throws Exception {
        RequestPostProcessor focalTunisia = SecurityMockMvcRequestPostProcessors.user("focal.tn@example.org")
                .authorities(new SimpleGrantedAuthority("ROLE_FOCAL_POINT"), new SimpleGrantedAuthority("STATE_TN"));
        assertThat(upload(focalTunisia, new MockMultipartFile("file", "x.png", "image/png", png(10, 10)), Map.of()).getStatus())
                .isEqualTo(404);
    }

    MockHttpServletResponse upload(RequestPostProcessor who, MockMultipartFile file, Map<String, String> fields) throws Exception {
        var request = MockMvcRequestBuilders.multipart("/en/admin/heritage/" + reference + "/media").file(file).with(who)
                .with(SecurityMockMvcRequestPostProcessors.csrf());
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    void publish() throws Exception {
        for (String target : List.of("IN_REVIEW", "PUBLISHED")) {
            String version = String.valueOf(jdbc.queryForObject("select version from heritage_item where reference = ?", Long.class, reference));
            mvc.perform(MockMvcRequestBuilders.post("/en/admin/heritage/" + reference + "/publication").with(secretariat)
                    .with(SecurityMockMvcRequestPostProcessors.csrf()).param("target", target).param("version", version));
        }
    }

    /** Files of the media area on this node, and in the shared store when there is one (S3). */
    private long storedFiles() throws Exception {
        long objects = 0;
        if (storage.directory().isEmpty()) {
            try (var all = storage.all()) {
                objects = all.filter(object -> object.key().startsWith("media/")).count();
            }
        }
        Path media = storageDirectory.resolve("media");
        if (!Files.exists(media)) {
            return objects;
        }
        try (var files = Files.list(media)) {
            return objects + files.count();
        }
    }

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x15977f));
        graphics.fillRect(0, 0, width, height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A PNG signature and header announcing a huge image, and nothing more: what a decompression bomb starts with. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}).putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        return png.array();
    }
}
