package org.turath.faults;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.turath.support.Http;
import org.turath.support.RegistryFixture;
import org.turath.support.SeparateNode;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node killed (SIGKILL) after its changes committed and before its search index took them loses nothing: the
 * change log, written in the same transactions, is read again when a node starts on that index. The first node
 * imports the List with its index feed held back (it indexes nothing), and is killed as the import ends; a node
 * then started on the same index — with the rebuild on start turned off, so only the log can bring it in — finds
 * every item through the public search API.
 */
class IndexKillTests {

    private static final int ITEMS = 246;
    private static final Path INDEX = Path.of("target/test-index-kill");

    @Test
    void itemsCommittedByANodeKilledBeforeIndexingAreFoundOnceANodeStartsOnItsIndex() throws Exception {
        org.turath.files.FileStore.deleteTree(INDEX);
        Path file = Files.createTempFile("turath-index-kill", ".csv");
        try (SeparateNode node = SeparateNode.withOwnDatabase("index_kill");
             InputStream demo = new ClassPathResource(RegistryFixture.DEMO_CSV).getInputStream()) {
            Files.copy(demo, file, StandardCopyOption.REPLACE_EXISTING);
            String index = "--spring.jpa.properties.hibernate.search.backend.directory.root=" + INDEX;

            Process importer = node.start("import", file.toString(), index, "--turath.search.startup-indexing=off",
                    "--turath.search.feed.after-commit=false", "--turath.search.feed.interval=PT1H", "--logging.level.root=WARN");
            boolean imported = false;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(importer.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("Imported ")) {
                        imported = true;
                        break;
                    }
                }
                importer.destroyForcibly();
                assertThat(importer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(imported).as("the import committed before the node was killed").isTrue();
            assertThat(node.count("select count(*) from heritage_item where publication = 'PUBLISHED'")).isEqualTo(ITEMS);
            assertThat(node.count("select count(distinct document_id) from search_change")).as("every document in the log").isEqualTo(ITEMS);
            assertThat(Files.exists(INDEX.resolve("turath-feed-position"))).as("the killed node had fed nothing").isFalse();

            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            Process server = node.start("--server.port=" + port, index, "--turath.search.startup-indexing=off",
                    "--logging.level.root=WARN", "--spring.main.banner-mode=off");
            try {
                Thread drain = new Thread(() -> {
                    try {
                        server.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                    } catch (java.io.IOException ended) {
                        // the node was stopped
                    }
                });
                drain.setDaemon(true);
                drain.start();
                long total = -1;
                Http visitor = new Http(port);
                long started = System.nanoTime();
                while (total != ITEMS && System.nanoTime() - started < Duration.ofMinutes(2).toNanos()) {
                    Thread.sleep(500);
                    try {
                        var answer = visitor.get("/api/v1/search?lang=en");
                        if (answer.statusCode() == 200) {
                            total = new tools.jackson.databind.ObjectMapper().readTree(answer.body()).get("total").asLong();
                        }
                    } catch (java.io.UncheckedIOException notYet) {
                        // the node is still starting
                    }
                }
                assertThat(total).as("every imported item found by search on the restarted node").isEqualTo(ITEMS);
                String position = Files.readString(INDEX.resolve("turath-feed-position")).strip();
                assertThat(position).endsWith(" " + node.count("select max(seq) from search_change"));
            } finally {
                server.destroyForcibly();
                server.waitFor(30, TimeUnit.SECONDS);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
