package org.turath.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.web.util.HtmlUtils;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Text without markup: tags dropped, entities decoded, white space folded. The same descriptions are turned into text
 * on every drawing of their pages (a page's summary, its linked data), and sanitising a few kilobytes costs more than
 * the rest of the page's data, so the last texts made are remembered (bounded by their total length).
 */
public final class PlainText {

    private static final int REMEMBERED_CHARS = 8 * 1024 * 1024;
    /** Texts shorter than this are made again each time: remembering them would cost as much. */
    private static final int WORTH_REMEMBERING = 256;
    private static final Cache<String, Optional<String>> MADE = Caffeine.newBuilder()
            .maximumWeight(REMEMBERED_CHARS).weigher((String html, Optional<String> text) -> html.length() + text.map(String::length).orElse(0))
            .build();

    private static final PolicyFactory NO_ELEMENTS = new HtmlPolicyBuilder().toFactory();
    private static final Pattern BLOCK_END = Pattern.compile("(?i)</p>|<br\\s*/?>|</li>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PlainText() {
    }

    /** The text of {@code html}, or null when there is none. */
    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        if (html.length() < WORTH_REMEMBERING) {
            return make(html);
        }
        return MADE.get(html, made -> Optional.ofNullable(make(made))).orElse(null);
    }

    private static String make(String html) {
        String separated = BLOCK_END.matcher(html).replaceAll("$0 ");
        String text = HtmlUtils.htmlUnescape(NO_ELEMENTS.sanitize(separated));
        text = SPACES.matcher(text).replaceAll(" ").strip();
        return text.isEmpty() ? null : text;
    }
}
