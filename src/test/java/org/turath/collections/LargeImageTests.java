package org.turath.collections;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.collections.domain.CollectionObject;
import org.turath.collections.internal.CollectionDesk;
import org.turath.museums.MuseumKind;
import org.turath.museums.domain.Museum;
import org.turath.museums.internal.MuseumDesk;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.support.Http;
import org.turath.support.IntegrationTest;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 300 MB TIFF (10,000 × 10,000 pixels, uncompressed) uploaded through the real server as a curator's browser sends
 * it: streamed to disk by the container and the portal, checked by its content and declared size, tiled in the
 * background, and served over IIIF — its info.json, a tile and a region — without the image ever being held in memory.
 */
@IntegrationTest
class LargeImageTests {

    private static final String PASSWORD = "a very large image";

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    @Autowired
    MuseumDesk museums;

    @Autowired
    CollectionDesk collections;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aThreeHundredMegabyteTiffIsStreamedTiledAndServedOverIiif() throws Exception {
        Path tiff = Files.createTempFile("large", ".tif");
        try {
            // libvips draws it in a moment (the CI installs it; without it, there is nothing to make the file with).
            // One band of noise in bytes (100 MB), then three of it side by side as colour: never more than 400 MB on disk
            Path grey = Files.createTempFile("large-grey", ".v");
            try {
                Process noise;
                try {
                    noise = new ProcessBuilder("sh", "-c", "vips gaussnoise \"" + grey + ".f.v\" 10000 10000 --mean 128 --sigma 40"
                            + " && vips cast \"" + grey + ".f.v\" \"" + grey + "\" uchar; s=$?; rm -f \"" + grey + ".f.v\"; exit $s")
                            .redirectErrorStream(true).start();
                } catch (java.io.IOException e) {
                    Assumptions.abort("no shell to run libvips with");
                    return;
                }
                String said = new String(noise.getInputStream().readAllBytes());
                assertThat(noise.waitFor(180, TimeUnit.SECONDS)).isTrue();
                Assumptions.assumeFalse(said.contains("not found"), "libvips is not installed");
                assertThat(noise.exitValue()).as(said).isZero();
                Process colour = new ProcessBuilder("vips", "bandjoin", grey + " " + grey + " " + grey, tiff + "[compression=none]")
                        .redirectErrorStream(true).start();
                said = new String(colour.getInputStream().readAllBytes());
                assertThat(colour.waitFor(180, TimeUnit.SECONDS)).isTrue();
                assertThat(colour.exitValue()).as(said).isZero();
            } finally {
                Files.deleteIfExists(grey);
            }
            assertThat(Files.size(tiff)).as("a file of about 300 MB").isGreaterThan(290_000_000L);

            String s = UUID.randomUUID().toString().substring(0, 8);
            Actor keeper = new Actor("large.keeper@example.org", Set.of(Role.SECRETARIAT), Set.of());
            Museum museum = museums.create(keeper, Optional.empty(), new Museum.Details("large-image-museum-" + s,
                    new LocalizedText(null, "Large image museum " + s, null), MuseumKind.NATIONAL, "MA", new LocalizedText(null, "Rabat", null),
                    null, null, null, null, null, LocalizedText.empty(), LocalizedText.empty(), LocalizedText.empty(), null, Set.of()));
            museum = museums.publish(keeper, museum.id(), museum.version(), true);
            String curator = "large.curator." + s + "@example.org";
            accounts.create(curator, "Curator " + s, PASSWORD, Language.EN, "Museum", Set.of(Role.MUSEUM_CURATOR), Set.of());
            museums.addCurator(keeper, museum.id(), curator);
            CollectionObject object = collections.create(keeper, Optional.empty(), new CollectionObject.Details("large-map-" + s,
                    museum.id().value(), "MAP " + s, new LocalizedText(null, "Map", null), new LocalizedText(null, "Large map " + s, null),
                    LocalizedText.empty(), CollectionObject.Measures.NONE, null, null, LocalizedText.empty(), LocalizedText.empty(),
                    LocalizedText.empty(), LocalizedText.empty(), null, null, LocalizedText.empty(), LocalizedText.empty(),
                    LocalizedText.empty(), LocalizedText.empty(), false, null, true, Set.of(), Set.of()));
            collections.publish(keeper, object.id(), object.version(), true);

            Http browser = Http.browser(port).waitingAtMost(Duration.ofMinutes(5));
            browser.signIn(curator, PASSWORD, "en");
            String admin = "/en/admin/collections/" + object.id();
            String token = Jsoup.parse(browser.get(admin).body()).select("input[name=_csrf]").attr("value");
            HttpResponse<String> uploaded = browser.uploadFile(admin + "/images", Map.of("_csrf", token, "credit", "Museum " + s,
                    "licence", "CC_BY", "alt.en", "The whole map"), "image", "map.tif", "image/tiff", tiff);
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);

            String image = jdbc.queryForObject("select cast(id as varchar(36)) from collection_image where object_id = ?",
                    String.class, object.id().value());
            String status = "PROCESSING";
            for (int i = 0; i < 1800 && status.startsWith("PROCESSING"); i++) {
                Thread.sleep(100);
                status = jdbc.queryForObject("select status || coalesce(' ' || problem, '') from collection_image where id = cast(? as uuid)",
                        String.class, image);
            }
            assertThat(status).as("the server's log says why an image failed").isEqualTo("READY");

            Http visitor = new Http(port);
            String info = visitor.get("/iiif/3/" + image + "/info.json").body();
            assertThat(info).contains("\"width\":10000", "\"height\":10000");
            HttpResponse<byte[]> tile = visitor.bytes("GET", "/iiif/3/" + image + "/0,0,512,512/512,/0/default.jpg");
            assertThat(tile.statusCode()).isEqualTo(200);
            assertThat(tile.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            HttpResponse<byte[]> region = visitor.bytes("GET", "/iiif/3/" + image + "/2500,2500,5000,5000/1000,/0/default.jpg");
            assertThat(region.statusCode()).isEqualTo(200);
            assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(region.body())).getWidth()).isEqualTo(1000);
        } finally {
            Files.deleteIfExists(tiff);
        }
    }
}
