package org.turath.registry.internal.imports;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.turath.shared.PlainText;

import java.util.regex.Pattern;

/**
 * Makes source text safe: names become plain text (UNESCO's data has {@code <I>}, {@code <U>},
 * {@code <em>} and entities inside names), descriptions keep paragraphs, line breaks, emphasis,
 * lists, links and the paragraph direction ({@code <p dir="rtl">}) and lose everything else.
 */
final class TextCleaner {

    private static final PolicyFactory RICH = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "i", "b", "u", "ul", "ol", "li", "a", "blockquote")
            .allowAttributes("dir").matching(Pattern.compile("(?i)rtl|ltr|auto")).onElements("p", "blockquote", "li")
            .allowAttributes("href").onElements("a")
            .allowStandardUrlProtocols()
            .requireRelNofollowOnLinks()
            .toFactory();

    private TextCleaner() {
    }

    static String plain(String source) {
        return PlainText.of(source);
    }

    static String rich(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        String html = RICH.sanitize(source).strip();
        return plain(html) == null ? null : html;
    }
}
