package org.turath.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing is answered before the portal is ready; everything is once it is. */
class StartupGateTests {

    private final StartupGate gate = new StartupGate();

    private MockHttpServletResponse get(String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        gate.doFilter(new MockHttpServletRequest("GET", path), response, new MockFilterChain());
        return response;
    }

    @Test
    void whileStartingPagesAndTheApiAskToComeBack() throws Exception {
        MockHttpServletResponse home = get("/ar/");
        assertThat(home.getStatus()).isEqualTo(503);
        assertThat(home.getHeader("Retry-After")).isEqualTo("3");
        assertThat(home.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("البوابة تستعد", "is starting", "démarre");
        MockHttpServletResponse api = get("/api/v1/heritage");
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).isEqualTo("application/problem+json");
        assertThat(get("/css/turath.css").getStatus()).as("the waiting page's stylesheet").isEqualTo(200);
    }

    @Test
    void onceReadyEverythingGoesThrough() throws Exception {
        gate.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], null, Duration.ZERO));
        assertThat(get("/ar/").getStatus()).isEqualTo(200);
        assertThat(get("/api/v1/heritage").getStatus()).isEqualTo(200);
    }
}
