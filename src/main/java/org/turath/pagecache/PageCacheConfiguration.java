package org.turath.pagecache;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

    /**
     * The kept pages for visitors are served before anything else runs (security, sessions, metrics):
     * what they are served with was decided when they were drawn through all of it. Only the request
     * guard (the web module's, at the very first place) comes before.
     */
    @Bean
    FilterRegistrationBean<PageCache> pageCacheFilter(PageCache cache) {
        FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(cache);
        registration.addUrlPatterns("/ar/*", "/en/*", "/fr/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /** The same kept pages, answered earlier still by the container itself when it is Tomcat (see {@link KeptPageValve}). */
    @Bean
    org.springframework.boot.web.server.WebServerFactoryCustomizer<org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory> keptPageValve(
            PageCache cache) {
        return factory -> factory.addContextValves(new KeptPageValve(cache));
    }
}
