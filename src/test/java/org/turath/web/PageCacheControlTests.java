package org.turath.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may keep a page: the default for visitors, and what a cookie set on the way changes. */
class PageCacheControlTests {

    private final PageCacheControl filter = new PageCacheControl("SESSION");

    @Test
    void aVisitorsPageMayBeKeptByAnyCacheToBeAskedAgain() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/en/states"), response, (request, answer) -> { });
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void anAnswerThatSetsACookieBecomesPrivateHoweverTheCookieIsSet() throws Exception {
        MockHttpServletResponse added = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/en/states"), added,
                (request, answer) -> ((jakarta.servlet.http.HttpServletResponse) answer).addCookie(new Cookie("SESSION", "new")));
        assertThat(added.getHeader("Cache-Control")).isEqualTo("private, no-cache");

        MockHttpServletResponse header = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/en/states"), header,
                (request, answer) -> ((jakarta.servlet.http.HttpServletResponse) answer).addHeader("Set-Cookie", "SESSION=new; HttpOnly"));
        assertThat(header.getHeader("Cache-Control")).isEqualTo("private, no-cache");
    }

    @Test
    void aPageThatSaysItselfWins() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/en/account"), response, (request, answer) -> {
            NoStore.personal((jakarta.servlet.http.HttpServletResponse) answer);
            ((jakarta.servlet.http.HttpServletResponse) answer).addCookie(new Cookie("SESSION", "new"));
        });
        assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-store");
    }

    @Test
    void aRequestWithASessionIsPrivateFromTheStartAndAFormPostIsLeftAlone() throws Exception {
        MockHttpServletRequest signedIn = new MockHttpServletRequest("GET", "/en/states");
        signedIn.setCookies(new Cookie("SESSION", "abc"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(signedIn, response, (request, answer) -> { });
        assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-cache");

        MockHttpServletResponse posted = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("POST", "/en/ask"), posted, (request, answer) -> { });
        assertThat(posted.getHeader("Cache-Control")).isNull();
    }
}
