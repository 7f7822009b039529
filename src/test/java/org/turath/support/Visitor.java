package org.turath.support;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One browser, through the whole filter chain (security, sessions in the database): keeps its
 * cookies, takes the CSRF token from the page it was on, and comes from its own address so that
 * per-address limits of other tests do not touch it.
 */
public final class Visitor {

    private final MockMvc mvc;
    private final String address;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();
    private String lastPage = "";

    public Visitor(MockMvc mvc, String address) {
        this.mvc = mvc;
        this.address = address;
    }

    public MockHttpServletResponse get(String pathAndQuery) throws Exception {
        MockHttpServletResponse response = perform(MockMvcRequestBuilders.get(pathAndQuery));
        lastPage = response.getContentAsString();
        return response;
    }

    /** A page whose URI template is filled with {@code variables}, each encoded once (for values with spaces, %, & …). */
    public MockHttpServletResponse get(String template, Object... variables) throws Exception {
        MockHttpServletResponse response = perform(MockMvcRequestBuilders.get(template, variables));
        lastPage = response.getContentAsString();
        return response;
    }

    /** Posts a form of the page last fetched (with its CSRF token). */
    public MockHttpServletResponse post(String path, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
        fields.forEach(request::param);
        String token = Jsoup.parse(lastPage).select("input[name=_csrf]").attr("value");
        if (!token.isEmpty()) {
            request.param("_csrf", token);
        }
        return perform(request);
    }

    /** Posts a form whose fields may repeat (check boxes), with the CSRF token of the page last fetched. */
    public MockHttpServletResponse postAll(String path, Map<String, java.util.List<String>> fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
        fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        String token = Jsoup.parse(lastPage).select("input[name=_csrf]").attr("value");
        if (!token.isEmpty()) {
            request.param("_csrf", token);
        }
        return perform(request);
    }

    /** Posts a form with one file (multipart), with the CSRF token of the page last fetched. */
    public MockHttpServletResponse upload(String path, Map<String, String> fields, String fileField, String fileName,
                                          String contentType, byte[] content) throws Exception {
        var request = MockMvcRequestBuilders.multipart(path)
                .file(new org.springframework.mock.web.MockMultipartFile(fileField, fileName, contentType, content));
        fields.forEach(request::param);
        String token = Jsoup.parse(lastPage).select("input[name=_csrf]").attr("value");
        if (!token.isEmpty()) {
            request.param("_csrf", token);
        }
        return perform(request);
    }

    /** Posts a form with several files (multipart), each a {@link org.springframework.mock.web.MockMultipartFile}. */
    public MockHttpServletResponse uploadAll(String path, Map<String, String> fields,
                                             org.springframework.mock.web.MockMultipartFile... files) throws Exception {
        var request = MockMvcRequestBuilders.multipart(path);
        for (var file : files) {
            request.file(file);
        }
        fields.forEach(request::param);
        String token = Jsoup.parse(lastPage).select("input[name=_csrf]").attr("value");
        if (!token.isEmpty()) {
            request.param("_csrf", token);
        }
        return perform(request);
    }

    /** Signs in through the real sign-in form. */
    public MockHttpServletResponse signIn(String email, String password) throws Exception {
        get("/en/login");
        return post("/login", Map.of("email", email, "password", password, "lang", "en"));
    }

    public boolean signedIn() throws Exception {
        return get("/en/account").getStatus() == 200;
    }

    private MockHttpServletResponse perform(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        for (Cookie cookie : response.getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        return response;
    }
}
