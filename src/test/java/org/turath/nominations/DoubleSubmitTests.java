package org.turath.nominations;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.turath.support.IntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** A button clicked several times at once does its work once, and every other click gets a translated answer, never a 500. */
@IntegrationTest
class DoubleSubmitTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eightParallelClicksOnBeginAFileMakeOneFileAndNoError() throws Exception {
        String token = UUID.randomUUID().toString();
        String name = "Parallel kasbah " + token.substring(0, 8);
        var focal = user("parallel.focal@example.org").authorities(new SimpleGrantedAuthority("ROLE_FOCAL_POINT"),
                new SimpleGrantedAuthority("STATE_MA"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> clicks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clicks.add(pool.submit(() -> {
                start.await();
                return mvc.perform(MockMvcRequestBuilders.post("/en/admin/nominations/new").param("submission", token)
                        .param("state", "MA").param("kind", "CULTURAL").param("name.en", name).param("name.ar", name)
                        .with(focal).with(csrf())).andReturn().getResponse().getStatus();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> click : clicks) {
            statuses.add(click.get());
        }
        pool.shutdown();
        assertThat(statuses).allSatisfy(status -> assertThat(status).isIn(302, 409)).contains(302);
        assertThat(jdbc.queryForObject("select count(*) from nomination_file where name_en = ?", Integer.class, name)).isEqualTo(1);
    }
}
