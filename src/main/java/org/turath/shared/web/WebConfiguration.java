package org.turath.shared.web;

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

    @Bean
    LocaleResolver localeResolver() {
        return new PathLanguageResolver();
    }

    /**
     * Pages carry an ETag computed from their body, so a repeat visit to an unchanged page costs
     * a 304 and no transfer.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> pageEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/ar/*", "/en/*", "/fr/*");
        return registration;
    }

    /** Lets controllers take {@code @PathVariable Language lang}; routes restrict it to {@link #LANG}. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Language.class,
                tag -> Language.fromTag(tag).orElseThrow(() -> new InvalidRequestException("lang")));
    }
}
