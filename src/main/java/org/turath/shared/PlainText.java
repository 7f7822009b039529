package org.turath.shared;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.web.util.HtmlUtils;

import java.util.regex.Pattern;

/** Text without markup: tags dropped, entities decoded, white space folded. */
public final class PlainText {

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
        String separated = BLOCK_END.matcher(html).replaceAll("$0 ");
        String text = HtmlUtils.htmlUnescape(NO_ELEMENTS.sanitize(separated));
        text = SPACES.matcher(text).replaceAll(" ").strip();
        return text.isEmpty() ? null : text;
    }
}
