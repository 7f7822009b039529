package org.turath.web;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The message bundles, formatted with ICU's MessageFormat so that a count is said as each language says it:
 * {@code {0, plural, zero {…} one {…} two {…} few {…} many {…} other {…}}} follows the CLDR plural rules (Arabic has all
 * six forms; French counts 0 and 1 as singular). Everything the JDK's MessageFormat reads reads the same ({@code ''} is
 * still one apostrophe, {@code {0,number,#}} and {@code choice} still work); a message without arguments is returned as
 * written, as before.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

    private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

    /** Each code's pattern per locale, once found: a page asks for a hundred, each looked for in up to 17 bundles. */
    private final Map<Locale, Map<String, Optional<String>>> patterns = new ConcurrentHashMap<>();

    /**
     * The code's pattern, looked for in the bundles once per locale: they are read once and never reloaded (no cache
     * period is set), so what was found stays right.
     */
    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        Map<String, Optional<String>> known = patterns.computeIfAbsent(locale, any -> new ConcurrentHashMap<>());
        Optional<String> pattern = known.get(code);
        if (pattern == null) {
            pattern = Optional.ofNullable(super.resolveCodeWithoutArguments(code, locale));
            // codes come from templates and code, not from requests; the bound only guards against a mistake
            if (known.size() < 20_000) {
                known.put(code, pattern);
            }
        }
        return pattern.orElse(null);
    }

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null || ObjectUtils.isEmpty(args)) {
            return super.getMessageInternal(code, args, locale);
        }
        Locale target = locale != null ? locale : Locale.getDefault();
        String pattern = resolveCodeWithoutArguments(code, target);
        if (pattern == null) {
            return super.getMessageInternal(code, args, locale);
        }
        // one pattern per code and locale (above): the code names the format
        MessageFormat format = formats.computeIfAbsent(target, any -> new ConcurrentHashMap<>())
                .computeIfAbsent(code, any -> new MessageFormat(pattern, ULocale.forLocale(target)));
        Object[] resolved = resolveArguments(args, target);
        synchronized (format) {
            return format.format(resolved);
        }
    }

    /** Replaces Spring Boot's message source (which backs off when a bean named {@code messageSource} exists). */
    @Configuration(proxyBeanMethods = false)
    static class Setup {

        @Bean
        IcuMessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames,
                                       @Value("${spring.messages.encoding:UTF-8}") String encoding,
                                       @Value("${spring.messages.fallback-to-system-locale:false}") boolean fallbackToSystemLocale) {
            IcuMessageSource source = new IcuMessageSource();
            source.setBasenames(basenames);
            source.setDefaultEncoding(encoding);
            source.setFallbackToSystemLocale(fallbackToSystemLocale);
            source.setUseCodeAsDefaultMessage(false);
            return source;
        }
    }
}
