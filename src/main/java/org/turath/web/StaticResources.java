package org.turath.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.springframework.cache.concurrent.ConcurrentMapCache;

import java.util.List;

/**
 * The portal's own files (styles, scripts, pictures, fonts, the base map) and the libraries it ships as
 * WebJars. Templates link them with {@code @{/css/turath.css}}, which becomes a versioned address
 * ({@code /css/turath-<content hash>.css}); a versioned address never changes what it answers, so it is
 * served with {@code Cache-Control: public, max-age=31536000, immutable} and a browser asks for it once.
 * The plain address still answers, to be revalidated ({@code no-cache} with {@code Last-Modified}).
 * Text files are served compressed from memory ({@link CompressedAssets}).
 * <p>
 * Only the static folders are mapped, not {@code /**}: every link a page draws through {@code @{…}} is
 * looked up among the mapped patterns, and a page link must not cost a look into the class path.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    /** The folders of src/main/resources/static, each served under its own name. */
    static final List<String> FOLDERS = List.of("css", "js", "img", "fonts", "geo");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        chain(registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/"), true);
        for (String folder : FOLDERS) {
            chain(registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/"), false);
        }
        // the icons browsers ask for at the root (favicon.ico, apple-touch-icon.png)
        chain(registry.addResourceHandler("/*").addResourceLocations("classpath:/static/"), false);
    }

    private static void chain(org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration registration,
                              boolean webJars) {
        var chain = registration
                .setCacheControl(CacheControl.noCache().cachePublic())
                // no CachingResourceTransformer: it would keep one answer per file whatever the Accept-Encoding;
                // CompressedAssets keeps the transformed bytes and their gzip itself
                .resourceChain(false)
                .addResolver(new CachingResourceResolver(new ConcurrentMapCache("static-resources")))
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        if (webJars) {
            chain.addResolver(new LiteWebJarsResourceResolver());
        }
        // order matters: each transformer works on what the ones after it gave, so the links inside a style sheet
        // are versioned before the sheet is compressed
        chain.addTransformer(new CompressedAssets()).addTransformer(new CssLinkResourceTransformer());
    }

    /** Types the container does not know: the base map's boundaries. */
    @Bean
    org.springframework.boot.web.server.WebServerFactoryCustomizer<org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory> staticMimeTypes() {
        return factory -> {
            org.springframework.boot.web.server.MimeMappings types = new org.springframework.boot.web.server.MimeMappings();
            types.add("geojson", "application/geo+json");
            types.add("topojson", "application/json");
            factory.addMimeMappings(types);
        };
    }

    /** Rewrites {@code @{…}} links to static files into their versioned addresses as templates draw them. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR);
        return registration;
    }
}
