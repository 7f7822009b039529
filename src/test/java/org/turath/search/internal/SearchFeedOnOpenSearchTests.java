package org.turath.search.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.turath.search.SearchIndex;
import org.turath.support.Http;
import org.turath.support.RegistryFixture;
import org.turath.support.opensearch.OnOpenSearch;
import org.turath.support.opensearch.OpenSearchNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The change log and its feed again, feeding a shared index in a real OpenSearch node (position in the database). */
@OnOpenSearch
class SearchFeedOnOpenSearchTests extends SearchFeedTests {

    @Autowired
    SearchIndex index;

    @Autowired
    IndexRollover rollover;

    @Autowired
    RegistryFixture registry;

    @Test
    void aRebuildFillsANewIndexBesideTheLiveOneWhileSearchesGoOnAndKeepsWhatChangedMeanwhile() throws Exception {
        registry.demoData();
        feed.catchUp();
        Http visitor = new Http(port);
        long total = everything(visitor);
        assertThat(total).isGreaterThan(200);
        String before = rollover.readGeneration();
        assertThat(rollover.writeGeneration()).isEqualTo(before);

        // a visitor searching all the time the rebuild takes
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        AtomicLong fewest = new AtomicLong(Long.MAX_VALUE);
        AtomicInteger searches = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        Thread searching = new Thread(() -> {
            while (rebuilding.get()) {
                try {
                    fewest.accumulateAndGet(everything(visitor), Math::min);
                    searches.incrementAndGet();
                } catch (Exception | AssertionError failed) {
                    failures.incrementAndGet();
                }
            }
        });
        searching.start();

        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String word = "rollwhile" + run;
        String id = "FEED:roll-" + run;
        try {
            CompletableFuture<Long> rebuild = CompletableFuture.supplyAsync(index::reindex);
            while (!rebuild.isDone() && rollover.writeGeneration().equals(before)) {
                Thread.sleep(2);
            }
            boolean duringTheRebuild = !rebuild.isDone();
            // a change committed while the new index fills, written as another node would (only the feed sees it)
            jdbc.update("insert into search_document (id, type, reference, name_en, in_danger, states, regions, criteria, updated_at)"
                    + " values (?, 'FEED', ?, ?, false, '', '', '', ?)", id, "roll-" + run, word, Timestamp.from(Instant.now()));
            jdbc.update("insert into search_change (document_id, changed_at) values (?, ?)", id, Timestamp.from(Instant.now()));
            feed.catchUp();
            long indexed = rebuild.get(3, TimeUnit.MINUTES);
            rebuilding.set(false);
            searching.join();

            assertThat(duringTheRebuild).as("the change was made while the new index was filled").isTrue();
            assertThat(failures.get()).as("searches that failed during the rebuild").isZero();
            assertThat(searches.get()).isPositive();
            assertThat(fewest.get()).as("no search saw an empty or half-filled index").isGreaterThanOrEqualTo(total);
            String after = rollover.readGeneration();
            assertThat(after).isNotEqualTo(before).matches("content-\\d{6}");
            assertThat(rollover.writeGeneration()).isEqualTo(after);
            assertThat(cluster("/" + before)).as("the old generation is deleted").isEqualTo(404);
            assertThat(indexed).isPositive();
            assertThat(everything(visitor)).isEqualTo(total + 1);
            assertThat(total(visitor, word)).as("the change made meanwhile is in the new index").isEqualTo(1);
        } finally {
            rebuilding.set(false);
            searching.join();
            jdbc.update("delete from search_document where id = ?", id);
            jdbc.update("insert into search_change (document_id, changed_at) values (?, ?)", id, Timestamp.from(Instant.now()));
            feed.catchUp();
        }
    }

    @Test
    void aRebuildThatFailsLeavesTheLiveIndexAsItWasAndNothingBeside() throws Exception {
        String before = rollover.readGeneration();
        String[] filling = new String[1];
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> rollover.rollover(() -> {
            filling[0] = rollover.writeGeneration();
            throw new IllegalStateException("the database went away");
        }, () -> 0))).hasMessage("the database went away");
        assertThat(filling[0]).isNotEqualTo(before);
        assertThat(rollover.readGeneration()).isEqualTo(before);
        assertThat(rollover.writeGeneration()).as("changes go to the live index again").isEqualTo(before);
        assertThat(cluster("/" + filling[0])).as("the half-filled generation is deleted").isEqualTo(404);
    }

    private static long everything(Http visitor) throws Exception {
        HttpResponse<String> answer = visitor.get("/api/v1/search?lang=en");
        assertThat(answer.statusCode()).isEqualTo(200);
        return new tools.jackson.databind.ObjectMapper().readTree(answer.body()).get("total").asLong();
    }

    private static int cluster(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(OpenSearchNode.uri() + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
