package org.turath.faults;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.turath.support.Http;
import org.turath.support.Nginx;
import org.turath.support.SeparateNode;
import org.turath.support.opensearch.OpenSearchNode;
import org.turath.support.s3.S3ProxyServer;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes as production runs them — separate processes on one PostgreSQL database, one OpenSearch index and one S3
 * bucket — behind Debian's nginx, round robin. A person signs in, makes and edits a heritage item, adds a photograph
 * and publishes it, each request on the other node than the last: the edit, the photograph and the search hit are seen
 * on both. Then one node is killed (SIGKILL) and the person goes on editing and adding a photograph: nginx sends
 * everything to the node left, and nothing done before or after is lost.
 */
class ClusterJourneyTests {

    private static final String EMAIL = "cluster.admin@example.org";
    private static final String PASSWORD = "a long passphrase for two nodes";
    private static final Path HOME = Path.of("target/cluster-journey");
    private static final String PREFIX = "cluster-journey-";

    @Test
    void aPersonsEditsPhotographAndPublicationReachBothNodesAndSurviveOneBeingKilled() throws Exception {
        org.turath.files.FileStore.deleteTree(HOME);
        Files.createDirectories(HOME);
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        int portA = Nginx.freePort();
        int portB = Nginx.freePort();
        List<Process> nodes = new ArrayList<>();
        try (SeparateNode database = SeparateNode.withOwnDatabase("cluster")) {
            Process a = start(database, "a", portA, run);
            nodes.add(a);
            awaitReady(a, portA, "a");
            Process b = start(database, "b", portB, run);
            nodes.add(b);
            awaitReady(b, portB, "b");
            try (Nginx balancer = Nginx.roundRobin(HOME.resolve("nginx"), portA, portB)) {
                Journey person = new Journey(Http.browser(balancer.port()));
                person.signIn();
                String reference = person.createDraft("Cluster medina " + run);
                String word = "zafarqand" + run;
                person.edit(reference, Map.of("nameEn", "Cluster medina " + word, "descriptionEn", "Walls seen from node to node, " + word + "."));
                byte[] photograph = png(640, 400, new Color(0x9b, 0x6a, 0x2f));
                String image = person.addPhotograph(reference, photograph, "The gate of " + word);
                person.move(reference, "IN_REVIEW");
                person.move(reference, "PUBLISHED");
                assertThat(person.upstreams).as("requests alternated between the two nodes")
                        .containsExactlyInAnyOrder("127.0.0.1:" + portA, "127.0.0.1:" + portB);

                for (int port : List.of(portA, portB)) {
                    Http visitor = new Http(port);
                    String page = visitor.get("/en/heritage/" + reference).body();
                    assertThat(page).as("the edited page on node " + port).contains("Cluster medina " + word, "Walls seen from node to node");
                    assertThat(page).contains("/media/" + image);
                    HttpResponse<byte[]> original = visitor.bytes("GET", "/media/" + image);
                    assertThat(original.statusCode()).isEqualTo(200);
                    assertThat(original.body()).as("the photograph, whichever node took it").isEqualTo(photograph);
                    assertThat(found(visitor, word)).as("the search hit on node " + port).isEqualTo(1);
                }

                // one node dies without a word; the person goes on through the balancer
                a.destroyForcibly();
                assertThat(a.waitFor(30, TimeUnit.SECONDS)).isTrue();
                String second = "qirmizat" + run;
                person.edit(reference, Map.of("descriptionFr", "Les remparts, " + second + "."));
                byte[] night = png(500, 500, new Color(0x1f, 0x3b, 0x5c));
                String nightImage = person.addPhotograph(reference, night, "The walls at night");
                assertThat(person.failures).as("answers the balancer could not give").isEmpty();

                Http survivor = new Http(portB);
                String page = survivor.get("/fr/heritage/" + reference).body();
                assertThat(page).contains("Les remparts, " + second, "/media/" + image, "/media/" + nightImage);
                assertThat(survivor.bytes("GET", "/media/" + nightImage).body()).isEqualTo(night);
                assertThat(survivor.bytes("GET", "/media/" + image).body()).isEqualTo(photograph);
                assertThat(found(survivor, word)).isEqualTo(1);
                assertThat(database.count("select count(*) from heritage_media where item_id = (select id from heritage_item"
                        + " where reference = '" + reference + "')")).isEqualTo(2);
            }
        } finally {
            for (Process node : nodes) {
                node.destroyForcibly();
                node.waitFor(30, TimeUnit.SECONDS);
            }
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(OpenSearchNode.uri() + "/" + PREFIX + "*")).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    /** One person's browser, through the balancer, noting which node answered each request. */
    private static final class Journey {
        private final Http browser;
        final Set<String> upstreams = new LinkedHashSet<>();
        final List<String> failures = new ArrayList<>();

        Journey(Http browser) {
            this.browser = browser;
        }

        void signIn() {
            Document login = page("/en/login");
            HttpResponse<String> signedIn = note(browser.post("/login", Map.of("email", EMAIL, "password", PASSWORD, "lang", "en",
                    "_csrf", login.select("input[name=_csrf]").val())));
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        String createDraft(String name) {
            FormElement form = form(page("/en/admin/heritage/new"), "form.item-form");
            List<Map.Entry<String, String>> fields = fields(form, Map.of("kind", "TANGIBLE_CULTURAL", "nameEn", name,
                    "nameAr", "مدينة العقدتين", "states", "MA"));
            HttpResponse<String> created = note(browser.postFields("/en/admin/heritage/new", fields));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
            Matcher reference = Pattern.compile("/admin/heritage/(IWH-\\d+)\\?saved").matcher(created.headers().firstValue("Location").orElse(""));
            assertThat(reference.find()).isTrue();
            return reference.group(1);
        }

        void edit(String reference, Map<String, String> changes) {
            FormElement form = form(page("/en/admin/heritage/" + reference), "form.item-form");
            HttpResponse<String> saved = note(browser.postFields("/en/admin/heritage/" + reference, fields(form, changes)));
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
            assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("?saved");
        }

        String addPhotograph(String reference, byte[] png, String caption) {
            Document edit = page("/en/admin/heritage/" + reference);
            Set<String> before = images(edit);
            HttpResponse<String> uploaded = note(browser.upload("/en/admin/heritage/" + reference + "/media",
                    Map.of("_csrf", edit.select("form[action$=/media] input[name=_csrf]").val(), "captionEn", caption,
                            "credit", "© Turath test, CC BY 4.0"), "file", "photo.png", "image/png", png));
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
            Set<String> after = images(page("/en/admin/heritage/" + reference));
            after.removeAll(before);
            assertThat(after).hasSize(1);
            return after.iterator().next();
        }

        void move(String reference, String target) {
            Document edit = page("/en/admin/heritage/" + reference);
            FormElement form = edit.select("form[action$=/publication]").stream().filter(f -> f.select("input[name=target]").val().equals(target))
                    .map(FormElement.class::cast).findFirst().orElseThrow(() -> new AssertionError("no move to " + target));
            HttpResponse<String> moved = note(browser.postFields("/en/admin/heritage/" + reference + "/publication", fields(form, Map.of())));
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(302);
        }

        private Document page(String path) {
            HttpResponse<String> answer = note(browser.get(path));
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            return Jsoup.parse(answer.body());
        }

        private <T> HttpResponse<T> note(HttpResponse<T> answer) {
            answer.headers().firstValue("X-Upstream").ifPresent(upstream -> {
                // after a failed try nginx names both: "127.0.0.1:A, 127.0.0.1:B"
                String[] tried = upstream.split(",\\s*");
                upstreams.add(tried[tried.length - 1]);
            });
            if (answer.statusCode() >= 500) {
                failures.add(answer.request().uri() + " " + answer.statusCode());
            }
            return answer;
        }

        private static FormElement form(Document page, String selector) {
            return (FormElement) page.selectFirst(selector);
        }

        /** What the browser would send for the form, with some fields given other values. */
        private static List<Map.Entry<String, String>> fields(FormElement form, Map<String, String> changes) {
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            Set<String> changed = new LinkedHashSet<>();
            for (var field : form.formData()) {
                if (changes.containsKey(field.key())) {
                    if (changed.add(field.key())) {
                        fields.add(new AbstractMap.SimpleEntry<>(field.key(), changes.get(field.key())));
                    }
                } else {
                    fields.add(new AbstractMap.SimpleEntry<>(field.key(), field.value()));
                }
            }
            changes.forEach((key, value) -> {
                if (!changed.contains(key)) {
                    fields.add(new AbstractMap.SimpleEntry<>(key, value));
                }
            });
            return fields;
        }

        private static Set<String> images(Document edit) {
            Set<String> ids = new LinkedHashSet<>();
            edit.select("img[src^=/media/]").forEach(img -> ids.add(img.attr("src").replaceAll("^/media/([0-9a-f-]{36}).*", "$1")));
            return ids;
        }
    }

    private static Process start(SeparateNode database, String name, int port, String run) throws Exception {
        return database.start(HOME.resolve("node-" + name + ".log"), "--server.port=" + port,
                "--spring.profiles.active=test,elasticsearch",
                "--spring.jpa.properties.hibernate.search.backend.uris=" + OpenSearchNode.uri(),
                "--turath.search.index-prefix=" + PREFIX,
                "--turath.search.startup-indexing=off",
                "--turath.storage.type=s3",
                "--turath.storage.dir=" + HOME.resolve("files-" + name),
                "--turath.storage.s3.endpoint=" + S3ProxyServer.endpoint(),
                "--turath.storage.s3.bucket=turath-cluster-" + run,
                "--turath.storage.s3.create-bucket=true",
                "--turath.storage.s3.access-key=" + S3ProxyServer.ACCESS_KEY,
                "--turath.storage.s3.secret-key=" + S3ProxyServer.SECRET_KEY,
                "--turath.admin.email=" + EMAIL,
                "--turath.admin.password=" + PASSWORD,
                "--turath.page-cache.revalidate-after=1s",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off");
    }

    private static void awaitReady(Process node, int port, String name) throws Exception {
        Http probe = new Http(port).waitingAtMost(Duration.ofSeconds(5));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (true) {
            if (!node.isAlive()) {
                throw new AssertionError("node " + name + " stopped: " + Files.readString(HOME.resolve("node-" + name + ".log")));
            }
            try {
                if (probe.get("/actuator/health/readiness").statusCode() == 200) {
                    return;
                }
            } catch (java.io.UncheckedIOException notYet) {
                // still starting
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("node " + name + " not ready in 3 minutes");
            }
            Thread.sleep(500);
        }
    }

    private static long found(Http visitor, String word) throws Exception {
        long started = System.nanoTime();
        long total = 0;
        while (System.nanoTime() - started < Duration.ofSeconds(5).toNanos()) {
            total = new tools.jackson.databind.ObjectMapper().readTree(visitor.get("/api/v1/search?q=" + word + "&lang=en").body())
                    .get("total").asLong();
            if (total > 0) {
                break;
            }
            Thread.sleep(100);
        }
        return total;
    }

    private static byte[] png(int width, int height, Color colour) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D paint = image.createGraphics();
        paint.setColor(colour);
        paint.fillRect(0, 0, width, height);
        paint.setColor(Color.WHITE);
        paint.drawLine(0, 0, width, height);
        paint.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
