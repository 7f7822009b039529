package org.turath.faults;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.turath.TurathApplication;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Role;
import org.turath.shared.Language;
import org.turath.support.Http;
import org.turath.support.PrivatePostgres;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stopped under a portal that is serving visitors, then started again: readiness goes down and comes
 * back, every request meanwhile gets a clean answer (a translated 503 page, a problem document for the API, a
 * heritage page kept for visitors), never a 500 or a dropped connection, and the portal recovers by itself.
 * The database is a cluster of the test's own ({@link PrivatePostgres}), as the suite's server is not its to stop.
 */
class DatabaseOutageTests {

    private static final Duration BACK_WITHIN = Duration.ofSeconds(30);
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);
    private static final String PASSWORD = "a long and unusual passphrase";

    private static PrivatePostgres postgres;
    private static ConfigurableApplicationContext portal;
    private static Http http;
    private static int port;


    @BeforeAll
    static void startPortalOnItsOwnDatabase() throws IOException {
        Path programs = PrivatePostgres.serverPrograms().orElseThrow(() -> new IllegalStateException(
                "This test needs PostgreSQL's server programs (initdb, pg_ctl), as the suite's database does; "
                        + "on Debian: apt-get install postgresql"));
        postgres = PrivatePostgres.start(programs);
        Path index = Path.of("target/test-index-outage");
        org.springframework.util.FileSystemUtils.deleteRecursively(index);
        portal = new SpringApplicationBuilder(TurathApplication.class).profiles("test").run(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.datasource.hikari.connection-timeout=2000",
                "--spring.jpa.properties.hibernate.search.backend.directory.root=" + index,
                "--turath.storage.dir=target/test-files-outage",
                "--turath.demo.load-on-start=true",
                "--turath.page-cache.revalidate-after=200ms",
                "--spring.main.banner-mode=off");
        port = Integer.parseInt(portal.getEnvironment().getProperty("local.server.port"));
        http = new Http(port).waitingAtMost(ANSWER_WITHIN);
    }

    @AfterAll
    static void stopAll() {
        try {
            if (portal != null) {
                portal.close();
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    @Test
    void whilePostgresIsStoppedRequestsGetACleanAnswerAndThePortalRecoversWithoutARestart() throws Exception {
        JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
        String reference = jdbc.queryForObject("select reference from heritage_item where publication = 'PUBLISHED' order by reference limit 1",
                String.class);
        String keptPage = "/fr/heritage/" + reference;
        assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        HttpResponse<String> drawn = http.get(keptPage);
        assertThat(drawn.statusCode()).isEqualTo(200);
        List<String> mix = List.of("/ar/", "/en/heritage", "/fr/heritage?sort=year", "/ar/states/ma", "/en/search?q=medina",
                "/api/v1/heritage?limit=5", keptPage, "/en/news", "/fr/trainings");
        for (String path : mix) {
            assertThat(http.get(path).statusCode()).as(path).isEqualTo(200);
        }

        // a signed-in person: their session lives in the database, read by a filter before any page
        String email = "outage." + java.util.UUID.randomUUID() + "@example.org";
        portal.getBean(AccountsApi.class).create(email, "Nadia Outage", PASSWORD, Language.FR, "Centre", Set.of(Role.SECRETARIAT), Set.of());
        Http person = Http.browser(port).waitingAtMost(ANSWER_WITHIN);
        HttpResponse<String> signedIn = person.signIn(email, PASSWORD, "fr");
        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/fr/admin/nominations");
        assertThat(person.get("/fr/account").statusCode()).isEqualTo(200);

        // visitors keep coming throughout
        Map<String, Set<Integer>> answers = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean traffic = new AtomicBoolean(true);
        ExecutorService visitors = Executors.newFixedThreadPool(4);
        for (int v = 0; v < 4; v++) {
            int offset = v;
            visitors.submit(() -> {
                for (int i = offset; traffic.get(); i++) {
                    String path = mix.get(i % mix.size());
                    try {
                        answers.computeIfAbsent(path, p -> ConcurrentHashMap.newKeySet()).add(http.get(path).statusCode());
                    } catch (Exception e) {
                        failures.add(path + ": " + e);
                    }
                }
            });
        }
        Thread.sleep(500);

        postgres.stop();
        assertThat(eventually(() -> http.get("/actuator/health/readiness"), response -> response.statusCode() == 503))
                .as("readiness goes down").isTrue();
        assertThat(http.get("/actuator/health/liveness").statusCode()).as("alive: a restart would not help").isEqualTo(200);

        MessageSource messages = portal.getBean(MessageSource.class);
        for (Language language : Language.values()) {
            long started = System.nanoTime();
            // a page that needs drawing (the List's plain first page is kept for visitors, and a kept page is served on)
            HttpResponse<String> page = http.get("/" + language.tag() + "/heritage?kind=NATURAL");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answered, not hanging").isLessThan(Duration.ofSeconds(15));
            assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(page.body()).contains("lang=\"" + language.tag() + "\"")
                    .contains(messages.getMessage("problem.unavailable.title", null, language.locale()));
        }
        HttpResponse<String> api = http.get("/api/v1/heritage?limit=5");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.body()).contains("/problems/unavailable");
        HttpResponse<String> account = person.get("/fr/account");
        assertThat(account.statusCode()).as("the signed-in person, whose session cannot be read").isEqualTo(503);
        assertThat(account.body()).contains("lang=\"fr\"").contains(messages.getMessage("problem.unavailable.title", null, Language.FR.locale()));
        HttpResponse<String> kept = http.get(keptPage);
        assertThat(kept.statusCode()).as("a heritage page kept for visitors is still served").isEqualTo(200);
        assertThat(kept.body()).isEqualTo(drawn.body());
        Thread.sleep(1_000);

        postgres.start();
        assertThat(eventually(() -> http.get("/actuator/health/readiness"), response -> response.statusCode() == 200))
                .as("readiness comes back by itself within " + BACK_WITHIN).isTrue();
        for (String path : mix) {
            assertThat(http.get(path).statusCode()).as(path + " after the outage").isEqualTo(200);
        }
        assertThat(jdbc.queryForObject("select count(*) from heritage_item", Integer.class)).isPositive();
        assertThat(person.get("/fr/account").statusCode()).as("still signed in: the session outlived the outage").isEqualTo(200);
        traffic.set(false);
        visitors.shutdown();
        assertThat(visitors.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(failures).as("no connection dropped or refused").isEmpty();
        answers.forEach((path, statuses) -> assertThat(statuses).as(path).isSubsetOf(200, 503));
        assertThat(answers.values().stream().flatMap(Set::stream)).as("the visitors saw the outage").contains(503);
    }

    private static <T> boolean eventually(java.util.function.Supplier<T> probe, Predicate<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + BACK_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (done.test(probe.get())) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
