package org.turath.search.internal;

import com.google.gson.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * A rebuild of a shared (Elasticsearch, OpenSearch) index without downtime: a new generation of the index is made
 * beside the live one with the schema the running code expects, the write alias moves to it (so every change from
 * then on goes there), it is filled from the documents, checked, and then the read alias moves to it in one atomic
 * step and the old generation is deleted. Searches read the complete old index until that step and the complete new
 * one after it. One rebuild at a time across the nodes (a lock in the database). Should the fill fail, the write alias
 * goes back and the new generation is deleted; the caller then replays the change log into the old index.
 */
@Component
public class IndexRollover {

    private static final Logger log = LoggerFactory.getLogger(IndexRollover.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long a filled generation may take to hold the documents written meanwhile (the feed brings them). */
    private static final Duration COMPLETE_WITHIN = Duration.ofSeconds(30);

    private final EntityManagerFactory entityManagerFactory;
    private final IndexLayout layout;
    private final LockProvider locks;

    IndexRollover(EntityManagerFactory entityManagerFactory, IndexLayout layout, LockProvider locks) {
        this.entityManagerFactory = entityManagerFactory;
        this.layout = layout;
        this.locks = locks;
    }

    /** What a rollover did: the generation searches read before and after, and how many documents the new one holds. */
    public record Generation(String before, String after, long documents) {
    }

    /**
     * Fills a new generation with {@code fill} (which indexes through the write alias), waits until it holds as many
     * documents as {@code expected} says (changes made meanwhile reach it through the feed), then switches searches to it.
     */
    public Generation rollover(Runnable fill, LongSupplier expected) {
        LockConfiguration configuration = new LockConfiguration(Instant.now(), "search-index-rollover", Duration.ofHours(12), Duration.ZERO);
        SimpleLock lock = locks.lock(configuration).orElseThrow(() ->
                new IllegalStateException("Another node is rebuilding the search index now; this rebuild was not started"));
        try {
            return rolloverHoldingTheLock(fill, expected);
        } finally {
            lock.unlock();
        }
    }

    private Generation rolloverHoldingTheLock(Runnable fill, LongSupplier expected) {
        RestClient client = client();
        String read = layout.createReadAlias(SearchDocument.INDEX);
        String write = layout.createWriteAlias(SearchDocument.INDEX);
        List<String> reading = indicesBehind(client, read);
        List<String> writing = indicesBehind(client, write);
        if (reading.size() != 1 || writing.size() != 1) {
            throw new IllegalStateException("The aliases " + read + " " + reading + " and " + write + " " + writing
                    + " should each name one index; fix them in the cluster before rebuilding");
        }
        String current = reading.get(0);
        int number = Math.max(IndexLayout.generationOf(current), IndexLayout.generationOf(writing.get(0))) + 1;
        String next = layout.generation(SearchDocument.INDEX, number);
        while (exists(client, next)) {
            next = layout.generation(SearchDocument.INDEX, ++number);
        }
        send(client, "PUT", "/" + next, expectedSchema());
        log.info("Search index rebuild without downtime: {} made beside {}; changes now go to it", next, current);
        send(client, "POST", "/_aliases", moves(write, writing.get(0), next));
        try {
            fill.run();
            awaitComplete(client, next, expected);
        } catch (RuntimeException failed) {
            send(client, "POST", "/_aliases", moves(write, next, writing.get(0)));
            send(client, "DELETE", "/" + next, null);
            log.error("Search index rebuild abandoned; searches still read {}", current);
            throw failed;
        }
        send(client, "POST", "/_aliases", moves(read, current, next));
        if (!current.equals(writing.get(0))) {
            send(client, "DELETE", "/" + writing.get(0), null);
        }
        send(client, "DELETE", "/" + current, null);
        long documents = count(client, next);
        log.info("Search index rebuild without downtime: searches read {} ({} documents); {} deleted", next, documents, current);
        return new Generation(current, next, documents);
    }

    private static void awaitComplete(RestClient client, String index, LongSupplier expected) {
        long deadline = System.nanoTime() + COMPLETE_WITHIN.toNanos();
        while (true) {
            send(client, "POST", "/" + index + "/_refresh", null);
            long held = count(client, index);
            long wanted = expected.getAsLong();
            if (held >= wanted) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The new index " + index + " holds " + held + " documents, " + wanted + " expected");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while checking the new index", e);
            }
        }
    }

    /** The index searches read now (for an operator's check, and the tests). */
    public String readGeneration() {
        List<String> reading = indicesBehind(client(), layout.createReadAlias(SearchDocument.INDEX));
        return reading.isEmpty() ? "" : reading.get(0);
    }

    /** The index changes are written to now: the new generation while a rebuild fills it. */
    public String writeGeneration() {
        List<String> writing = indicesBehind(client(), layout.createWriteAlias(SearchDocument.INDEX));
        return writing.isEmpty() ? "" : writing.get(0);
    }

    /** The create-index request Hibernate Search would send for the running code's mapping, without its aliases. */
    private String expectedSchema() {
        AtomicReference<JsonObject> body = new AtomicReference<>();
        Search.mapping(entityManagerFactory).scope(SearchDocument.class).schemaManager().exportExpectedSchema(
                (backend, index, export) -> body.set(export.extension(ElasticsearchExtension.get()).bodyParts().get(0)));
        JsonObject schema = body.get().deepCopy();
        schema.remove("aliases");
        return schema.toString();
    }

    private static String moves(String alias, String from, String to) {
        return """
                {"actions": [{"remove": {"index": "%s", "alias": "%s"}}, {"add": {"index": "%s", "alias": "%s", "is_write_index": %s}}]}"""
                .formatted(from, alias, to, alias, alias.endsWith("-write"));
    }

    private List<String> indicesBehind(RestClient client, String alias) {
        try {
            JsonNode answer = JSON.readTree(send(client, "GET", "/_alias/" + alias, null));
            List<String> names = new ArrayList<>();
            answer.propertyNames().forEach(names::add);
            return names;
        } catch (IllegalStateException missing) {
            if (missing.getCause() instanceof ResponseException response && response.getResponse().getStatusLine().getStatusCode() == 404) {
                return List.of();
            }
            throw missing;
        }
    }

    private static boolean exists(RestClient client, String index) {
        try {
            return client.performRequest(new Request("HEAD", "/" + index)).getStatusLine().getStatusCode() == 200;
        } catch (ResponseException notFound) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(RestClient client, String index) {
        return JSON.readTree(send(client, "GET", "/" + index + "/_count", null)).path("count").asLong();
    }

    private static String send(RestClient client, String method, String path, String body) {
        Request request = new Request(method, path);
        if (body != null) {
            request.setJsonEntity(body);
        }
        try {
            var response = client.performRequest(request);
            return response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity());
        } catch (ResponseException refused) {
            throw new IllegalStateException(method + " " + path + " refused by the search cluster: "
                    + refused.getResponse().getStatusLine(), refused);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        }
    }

    private RestClient client() {
        return Search.mapping(entityManagerFactory).backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
    }
}
