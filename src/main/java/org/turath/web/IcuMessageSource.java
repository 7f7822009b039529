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
        MessageFormat format = formats.computeIfAbsent(target, any -> new ConcurrentHashMap<>())
                .computeIfAbsent(code + '\u0000' + pattern, any -> new MessageFormat(pattern, ULocale.forLocale(target)));
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
