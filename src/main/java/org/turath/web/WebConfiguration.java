package org.turath.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;

@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    /** The path prefix of every page: {@code @GetMapping("/" + LANG + "/heritage")}. */
    public static final String LANG = "{lang:ar|en|fr}";

    /** Handler methods found by the literal start of their address ({@link IndexedHandlerMapping}). */
    @Bean
    org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations indexedHandlerMapping() {
        return new org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations() {
            @Override
            public org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new IndexedHandlerMapping();
            }
        };
    }

    @Bean
    LocaleResolver localeResolver() {
        return new PathLanguageResolver();
    }

    /**
     * Pages carry an ETag computed from their body, so a repeat visit to an unchanged page costs
     * a 304 and no transfer. The tag is weak ({@code W/"…"}): the same page is sent gzipped or not, and the
     * web server compresses only answers whose tag does not promise the exact bytes.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> pageEtags() {
        ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter() {
            @Override
            protected void doFilterInternal(jakarta.servlet.http.HttpServletRequest request,
                                            jakarta.servlet.http.HttpServletResponse response,
                                            jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException, java.io.IOException {
                // the page is written in UTF-8 by the JDK's fast path (Utf8Writing), into the tag's buffer or out
                super.doFilterInternal(request, response,
                        (req, res) -> chain.doFilter(req, new Utf8Writing((jakarta.servlet.http.HttpServletResponse) res)));
            }

            @Override
            protected String generateETagHeaderValue(java.io.InputStream body, boolean weak) throws java.io.IOException {
                return PageTags.of(body, weak);
            }
        };
        etags.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
        registration.addUrlPatterns("/ar/*", "/en/*", "/fr/*");
        return registration;
    }

    /**
     * Who may keep a page ({@link PageCacheControl}): right after the page cache, before the session filter,
     * so the cookie a session starts with is seen.
     */
    @Bean
    FilterRegistrationBean<PageCacheControl> pageCacheControl(
            @org.springframework.beans.factory.annotation.Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        FilterRegistrationBean<PageCacheControl> registration = new FilterRegistrationBean<>(new PageCacheControl(sessionCookie));
        registration.addUrlPatterns("/ar/*", "/en/*", "/fr/*");
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    /** Errors the web server answers before the portal sees the request get a page of ours, not Tomcat's report. */
    @Bean
    org.springframework.boot.web.server.WebServerFactoryCustomizer<org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory> containerErrorPages() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                host.setErrorReportValveClass(ContainerErrorValve.class.getName());
            }
        });
    }

    /** The gate that keeps the portal closed (503, Retry-After) until its first-start work is done. */
    @Bean
    StartupGate startupGate() {
        return new StartupGate();
    }

    /** First of all: nothing is answered before the portal is ready. */
    @Bean
    FilterRegistrationBean<StartupGate> startupGateFilter(StartupGate gate) {
        FilterRegistrationBean<StartupGate> registration = new FilterRegistrationBean<>(gate);
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Before everything else, the page cache included: a request the container cannot parse goes no further. */
    @Bean
    FilterRegistrationBean<RequestGuard> requestGuard(
            @org.springframework.beans.factory.annotation.Value("${server.tomcat.max-http-form-post-size:2MB}") org.springframework.util.unit.DataSize form) {
        FilterRegistrationBean<RequestGuard> registration = new FilterRegistrationBean<>(new RequestGuard(form.toBytes()));
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * The longest query string a page or the API reads, as long as the web server's own limit on the
     * request line and headers (server.max-http-request-header-size, 64 KB): a longer one is a 400
     * wherever the request comes from. Within it, long search queries are cut, not refused.
     */
    public static final int MAX_QUERY_LENGTH = 64 * 1024;

    @Override
    public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
        registry.addInterceptor(new org.springframework.web.servlet.HandlerInterceptor() {
            @Override
            public boolean preHandle(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                     Object handler) {
                String query = request.getQueryString();
                if (query != null && query.length() > MAX_QUERY_LENGTH) {
                    throw new InvalidRequestException("query");
                }
                return true;
            }
        });
        // a signed-in person's form token lives in their session: read it before the page is written, so a page longer
        // than the response buffer (an error page outside the language paths, which nothing buffers) never needs the
        // session after its first bytes were sent
        registry.addInterceptor(new org.springframework.web.servlet.HandlerInterceptor() {
            @Override
            public boolean preHandle(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                     Object handler) {
                // only when there is no session yet: loading it for six requests of one session at once would save it six times
                if (request.getUserPrincipal() != null && request.getSession(false) == null
                        && request.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName())
                        instanceof org.springframework.security.web.csrf.CsrfToken token) {
                    token.getToken();
                }
                return true;
            }
        });
    }

    /** Lets controllers take {@code @PathVariable Language lang}; routes restrict it to {@link #LANG}. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Language.class,
                tag -> Language.fromTag(tag).orElseThrow(() -> new InvalidRequestException("lang")));
        registry.addConverterFactory(new EntityIds());
    }
}
