package org.turath.faults;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.turath.TurathApplication;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.registry.HeritageStatus;
import org.turath.registry.internal.editing.HeritageEditor;
import org.turath.shared.LocalizedText;
import org.turath.support.RegistryFixture;
import org.turath.accounts.Role;
import org.turath.shared.Language;
import org.turath.mail.Mailer;
import org.turath.support.Http;
import org.turath.support.IntegrationTest;
import org.turath.support.Mailbox;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes against one PostgreSQL, as a production pair behind a load balancer: the
 * second is a whole second application context on its own port (its own connection pool, scheduler
 * and search index directory). A person signed in on one node is signed in on the other; mail
 * waiting in the outbox leaves once when both nodes send; a scheduled job's lock held by one node
 * keeps the other out; a change made on one is found by the other's search, fed from the shared change log.
 */
@IntegrationTest
class TwoNodesTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String PASSWORD = "a long and unusual passphrase";
    private static ConfigurableApplicationContext nodeB;

    @LocalServerPort
    int portA;

    @Autowired
    AccountsApi accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Mailer mailerA;

    @Autowired
    LockProvider locksA;

    @Autowired
    RegistryFixture registry;

    @Autowired
    HeritageEditor editorA;

    @BeforeEach
    void startSecondNode() {
        if (nodeB == null) {
            // as arguments, not default properties: those rank below the profile's files, which set the port
            // (8080), the index directory (node A's, whose lock B then failed to take) and the check interval
            nodeB = new SpringApplicationBuilder(TurathApplication.class)
                    .profiles("test")
                    .run("--server.port=0",
                            "--spring.jpa.properties.hibernate.search.backend.directory.root=target/test-index-node-b",
                            "--turath.search.startup-indexing=off",
                            "--turath.page-cache.revalidate-after=300ms",
                            "--spring.main.banner-mode=off");
        }
    }

    @AfterAll
    static void stopSecondNode() {
        if (nodeB != null) {
            nodeB.close();
            nodeB = null;
        }
    }

    private int portB() {
        return Integer.parseInt(nodeB.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void aPersonSignedInOnOneNodeIsSignedInOnTheOtherAndSigningOutThereEndsItHere() throws Exception {
        String email = "two.nodes." + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Amal on two nodes", PASSWORD, Language.EN, "Centre", Set.of(Role.SECRETARIAT), Set.of());
        // one browser, one cookie jar: the cookie of localhost goes to both ports, as to both nodes behind one address
        Http browser = Http.browser(portA);
        String a = "http://localhost:" + portA;
        String b = "http://localhost:" + portB();

        // signed in on A (the browser's own node)
        HttpResponse<String> signedIn = browser.signIn(email, PASSWORD, "en");
        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/en/admin/nominations");

        HttpResponse<String> onB = browser.get(b + "/en/account");
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("Amal on two nodes");

        // signing out on B ends the session on A too
        String csrf = Jsoup.parse(onB.body()).select("form[action=/logout] input[name=_csrf]").val();
        assertThat(browser.post(b + "/logout", Map.of("_csrf", csrf, "lang", "en")).statusCode()).isEqualTo(302);
        HttpResponse<String> onA = browser.get(a + "/en/account");
        assertThat(onA.statusCode()).isEqualTo(302);
        assertThat(onA.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    void mailWaitingInTheOutboxLeavesOnceWhenBothNodesSendAtTheSameTime() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> recipients = new ArrayList<>();
        Timestamp due = Timestamp.from(Instant.now().minusSeconds(5));
        for (int i = 0; i < 40; i++) {
            String recipient = "outbox." + run + "." + i + "@example.org";
            recipients.add(recipient);
            jdbc.update("insert into mail_outbox (recipient, subject, body_text, created_at, next_attempt_at, attempts) values (?, ?, ?, ?, ?, 0)",
                    recipient, "Two nodes " + i, "Sent once.", due, due);
        }
        Mailer mailerB = nodeB.getBean(Mailer.class);
        for (int round = 0; round < 3; round++) {
            CompletableFuture.allOf(CompletableFuture.runAsync(mailerA::sendDue), CompletableFuture.runAsync(mailerB::sendDue),
                    CompletableFuture.runAsync(mailerA::sendDue), CompletableFuture.runAsync(mailerB::sendDue)).get();
        }
        for (int waited = 0; waited < 100 && received(run).size() < recipients.size(); waited++) {
            Thread.sleep(50);
        }
        Thread.sleep(500);
        Map<String, Long> perRecipient = received(run);
        assertThat(perRecipient.keySet()).containsExactlyInAnyOrderElementsOf(recipients);
        assertThat(perRecipient.values()).allMatch(count -> count == 1);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient like ? and sent_at is not null and attempts = 1",
                Long.class, "outbox." + run + ".%")).isEqualTo(40);
    }

    @Test
    void aChangeMadeOnOneNodeShowsOnTheOthersKeptPageWithinItsCheckInterval() throws Exception {
        registry.demoData();
        String reference = jdbc.queryForObject(
                "select reference from heritage_item where publication = 'PUBLISHED' order by reference limit 1 offset 11", String.class);
        Http visitor = new Http(portA);
        String onB = "http://localhost:" + portB() + "/en/heritage/" + reference;
        String drawn = visitor.get(onB).body();
        assertThat(visitor.get(onB).body()).as("kept on B").isEqualTo(drawn);

        String reason = "Decided while node B kept the page " + UUID.randomUUID();
        HeritageStatus status = HeritageStatus.valueOf(jdbc.queryForObject("select status from heritage_item where reference = ?",
                String.class, reference));
        editorA.changeStatus(new Actor("secretariat.nodes@example.org", Set.of(Role.SECRETARIAT), Set.of()), reference, status,
                LocalDate.of(2002, 2, 2), new LocalizedText(null, reason, null), null);
        assertThat(visitor.get("http://localhost:" + portA + "/en/heritage/" + reference).body()).as("at once on A").contains(reason);

        // B forgets nothing by itself; it checks its kept page's stamp after 300 ms
        long started = System.nanoTime();
        String seen = visitor.get(onB).body();
        while (!seen.contains(reason) && System.nanoTime() - started < Duration.ofSeconds(10).toNanos()) {
            Thread.sleep(50);
            seen = visitor.get(onB).body();
        }
        assertThat(seen).contains(reason);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void anItemWithdrawnAndPublishedAgainOnOneNodeLeavesAndReturnsToTheOtherNodesSearchWithinFiveSeconds() throws Exception {
        registry.demoData();
        String reference = jdbc.queryForObject(
                "select reference from heritage_item where publication = 'PUBLISHED' and name_en is not null order by reference limit 1 offset 17",
                String.class);
        String name = jdbc.queryForObject("select name_en from heritage_item where reference = ?", String.class, reference);
        Http visitor = new Http(portA);
        String onB = "http://localhost:" + portB() + "/api/v1/search?lang=en&limit=50&q="
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8);
        // B keeps its own Lucene index, fed from the change log every second
        assertThat(foundWithin(visitor, onB, reference, true)).as("B finds the item before anything changes").isTrue();

        Actor secretariat = new Actor("secretariat.search.nodes@example.org", Set.of(Role.SECRETARIAT), Set.of());
        editorA.move(secretariat, reference, org.turath.registry.PublicationState.DRAFT, version(reference));
        assertThat(foundWithin(visitor, onB, reference, false)).as("withdrawn on A, gone from B's search within 5 s").isTrue();

        editorA.move(secretariat, reference, org.turath.registry.PublicationState.IN_REVIEW, version(reference));
        editorA.move(secretariat, reference, org.turath.registry.PublicationState.PUBLISHED, version(reference));
        assertThat(foundWithin(visitor, onB, reference, true)).as("published again on A, back in B's search within 5 s").isTrue();
    }

    private long version(String reference) {
        return jdbc.queryForObject("select version from heritage_item where reference = ?", Long.class, reference);
    }

    /** Whether B's search comes to list (or no longer list) the item within five seconds. */
    private static boolean foundWithin(Http visitor, String search, String reference, boolean listed) throws Exception {
        long started = System.nanoTime();
        do {
            String hits = visitor.get(search).body();
            if (hits.contains("\"reference\":\"" + reference + "\"") == listed) {
                return true;
            }
            Thread.sleep(100);
        } while (System.nanoTime() - started < Duration.ofSeconds(5).toNanos());
        return false;
    }

    @Test
    void aScheduledJobsLockHeldByOneNodeKeepsTheOtherOut() {
        LockProvider locksB = nodeB.getBean(LockProvider.class);
        LockConfiguration job = new LockConfiguration(Instant.now(), "two-nodes-" + UUID.randomUUID(), Duration.ofSeconds(30), Duration.ZERO);
        Optional<SimpleLock> heldByA = locksA.lock(job);
        assertThat(heldByA).isPresent();
        assertThat(locksB.lock(job)).as("node B must not run the job while A runs it").isEmpty();
        heldByA.get().unlock();
        Optional<SimpleLock> heldByB = locksB.lock(new LockConfiguration(Instant.now(), job.getName(), Duration.ofSeconds(30), Duration.ZERO));
        assertThat(heldByB).as("once A is done, B may run it").isPresent();
        assertThat(locksA.lock(job)).isEmpty();
        heldByB.get().unlock();
    }

    private static Map<String, Long> received(String run) {
        return Arrays.stream(mail.getReceivedMessages()).map(Mailbox::recipient).filter(r -> r.contains("." + run + "."))
                .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
    }
}
