package org.turath.search.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.turath.support.Http;
import org.turath.support.IntegrationTest;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index's change log and its feed, as a node sees them: a change is in the log exactly when its transaction
 * commits; a change whose transaction took its number first but committed last is not passed over; the node's
 * position is kept beside its index; what is searchable is what the log says, found through the public search API.
 */
@IntegrationTest
public class SearchFeedTests {

    @LocalServerPort
    int port;

    @Autowired
    SearchFeed feed;

    @Autowired
    SearchDocuments documents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aChangeIsInTheLogExactlyWhenItsTransactionCommits() {
        String kept = "FEED:kept-" + UUID.randomUUID();
        String undone = "FEED:undone-" + UUID.randomUUID();
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        try {
            transactions.executeWithoutResult(status -> documents.save(document(kept, "kept")));
            transactions.executeWithoutResult(status -> {
                documents.saveAndFlush(document(undone, "undone"));
                status.setRollbackOnly();
            });
            assertThat(entries(kept)).isEqualTo(1);
            assertThat(entries(undone)).as("a rolled-back change leaves nothing to index").isZero();

            // a change found by dirty checking at commit is logged too
            transactions.executeWithoutResult(status -> documents.findById(kept).orElseThrow().fill("FEED", "changed", names("changed"),
                    new String[3], null, null, false, null, List.of(), List.of(), List.of(), null, null, Instant.now()));
            assertThat(entries(kept)).isEqualTo(2);
        } finally {
            transactions.executeWithoutResult(status -> documents.findById(kept).ifPresent(documents::delete));
            assertThat(entries(kept)).as("and its removal").isEqualTo(3);
        }
    }

    @Test
    void anEntryNumberedFirstButCommittedLastIsStillAppliedAndThePositionIsKeptBesideTheIndex() throws Exception {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String slowWord = "zorblat" + run;
        String quickWord = "quexbirn" + run;
        String slow = "FEED:slow-" + run;
        String quick = "FEED:quick-" + run;
        Http visitor = new Http(port);
        try (Connection connection = dataSource.getConnection()) {
            // written as another module's transaction would write them, but outside this node's sessions: only the feed sees them
            connection.setAutoCommit(false);
            insert(connection, slow, slowWord);
            insert(jdbc, quick, quickWord);
            long slowSeq;
            try (var read = connection.createStatement(); var result = read.executeQuery(
                    "select seq from search_change where document_id = '" + slow + "'")) {
                result.next();
                slowSeq = result.getLong(1);
            }
            assertThat(jdbc.queryForObject("select seq from search_change where document_id = ?", Long.class, quick))
                    .as("the quick change has the later number, and commits first").isGreaterThan(slowSeq);

            feed.catchUp();
            assertThat(total(visitor, quickWord)).isEqualTo(1);
            assertThat(total(visitor, slowWord)).as("not committed yet").isZero();

            connection.commit();
            feed.catchUp();
            assertThat(total(visitor, slowWord)).as("the earlier number, committed after the later one was fed").isEqualTo(1);

            // numbers that may still commit (or were rolled back) hold the saved position below them until given up
            if (feed.sharedIndex()) {
                assertThat(jdbc.queryForObject("select position from search_feed where name = 'shared'", Long.class))
                        .isBetween(0L, feed.latest());
            } else {
                Path position = Path.of("target/test-index").resolve(SearchFeed.POSITION_FILE);
                String[] kept = Files.readString(position).strip().split(" ");
                assertThat(kept[0]).as("the log it was fed from").isEqualTo(feed.logId());
                assertThat(Long.parseLong(kept[1])).isBetween(0L, feed.latest());
            }
        } finally {
            jdbc.update("delete from search_document where id in (?, ?)", slow, quick);
            jdbc.update("insert into search_change (document_id, changed_at) values (?, ?), (?, ?)", slow, Timestamp.from(Instant.now()),
                    quick, Timestamp.from(Instant.now()));
            feed.catchUp();
        }
        assertThat(total(visitor, quickWord)).as("a removed document leaves the index").isZero();
        assertThat(total(visitor, slowWord)).isZero();
    }

    private static SearchDocument document(String id, String name) {
        SearchDocument document = new SearchDocument(id);
        document.fill("FEED", name, names(name), new String[3], null, null, false, null, List.of(), List.of(), List.of(), null, null,
                Instant.now());
        return document;
    }

    private static String[] names(String name) {
        return new String[]{null, name, null};
    }

    private int entries(String id) {
        return jdbc.queryForObject("select count(*) from search_change where document_id = ?", Integer.class, id);
    }

    private static void insert(Connection connection, String id, String word) throws Exception {
        try (PreparedStatement document = connection.prepareStatement(
                "insert into search_document (id, type, reference, name_en, in_danger, states, regions, criteria, updated_at)"
                        + " values (?, 'FEED', ?, ?, false, '', '', '', ?)");
             PreparedStatement change = connection.prepareStatement("insert into search_change (document_id, changed_at) values (?, ?)")) {
            document.setString(1, id);
            document.setString(2, id.substring(5, Math.min(id.length(), 40)));
            document.setString(3, word);
            document.setTimestamp(4, Timestamp.from(Instant.now()));
            document.executeUpdate();
            change.setString(1, id);
            change.setTimestamp(2, Timestamp.from(Instant.now()));
            change.executeUpdate();
        }
    }

    private static void insert(JdbcTemplate jdbc, String id, String word) {
        jdbc.update("insert into search_document (id, type, reference, name_en, in_danger, states, regions, criteria, updated_at)"
                + " values (?, 'FEED', ?, ?, false, '', '', '', ?)", id, id.substring(5, Math.min(id.length(), 40)), word, Timestamp.from(Instant.now()));
        jdbc.update("insert into search_change (document_id, changed_at) values (?, ?)", id, Timestamp.from(Instant.now()));
    }

    static long total(Http visitor, String word) throws Exception {
        String body = visitor.get("/api/v1/search?q=" + word + "&lang=en").body();
        return new tools.jackson.databind.ObjectMapper().readTree(body).get("total").asLong();
    }
}
