package org.turath.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A piece of HTML that is safe to put into a page as it is: made only by sanitising untrusted markup,
 * by escaping plain text, or by marking words in escaped text. Templates render markup ({@code th:utext})
 * only from this type ({@code ….html()}), never from a plain string, so nothing can reach a page unescaped
 * by forgetting a step on one of the ways in.
 */
public final class Html {

    /** The markup rich text may keep: paragraphs, emphasis, lists, quotations and safe links. */
    private static final PolicyFactory RICH = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "i", "b", "u", "ul", "ol", "li", "a", "blockquote")
            .allowAttributes("dir").matching(Pattern.compile("(?i)rtl|ltr|auto")).onElements("p", "blockquote", "li")
            .allowAttributes("href").onElements("a")
            .allowStandardUrlProtocols()
            .requireRelNofollowOnLinks()
            .toFactory();
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    /** Private-use characters the search highlighter puts around the words it marks, before the text is escaped. */
    public static final String MARK_OPEN = "\uE000";
    public static final String MARK_CLOSE = "\uE001";

    private final String html;

    private Html(String html) {
        this.html = html;
    }

    /** Untrusted markup (an editor's text, an imported description) reduced to what rich text may keep. */
    public static Html sanitized(String untrusted) {
        return new Html(untrusted == null ? "" : RICH.sanitize(untrusted).strip());
    }

    /** Markup that {@link RichText} sanitised when it was made: kept columns are not sanitised again on every page. */
    static Html trusted(String sanitized) {
        return new Html(sanitized);
    }

    /** Plain text, every character shown as typed. */
    public static Html escaped(String text) {
        return new Html(text == null ? "" : escape(text));
    }

    /**
     * JSON for a data block ({@code <script type="application/ld+json">}): every {@code <}, {@code >} and {@code &}
     * written as its JSON escape, which means the same to a JSON reader, so nothing in it can end the element.
     */
    public static Html jsonData(String json) {
        return new Html(json == null ? "" : json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"));
    }

    /** Plain text typed in paragraphs (a dossier's section): escaped, a blank line starts a paragraph, a line break stays one. */
    public static Html paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return new Html("");
        }
        StringBuilder out = new StringBuilder();
        for (String paragraph : BLANK_LINES.split(text.replace("\r\n", "\n").replace('\r', '\n').strip())) {
            out.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        return new Html(out.toString());
    }

    /**
     * Text in which a highlighter put {@link #MARK_OPEN} and {@link #MARK_CLOSE} around the words it found:
     * everything escaped, and only those become {@code <mark>}. Marks that do not pair up (the text itself
     * held such a character) are dropped rather than trusted.
     */
    public static Html marked(String text) {
        if (text == null) {
            return null;
        }
        String withMarks = escape(text, Marks.MARKED);
        return new Html(withMarks != null ? withMarks : escape(text, Marks.DROPPED));
    }

    /**
     * {@code text} escaped as Spring's {@code HtmlUtils.htmlEscape(text, "UTF-8")} does ({@code & < > " '}), in one pass
     * that returns the text itself when there is nothing to escape: a page of search results or an item's record escapes
     * thousands of characters, most of them Arabic or French letters that need nothing.
     */
    static String escape(String text) {
        return escape(text, Marks.KEPT);
    }

    /** What becomes of the highlighter's marks in a text being escaped. */
    private enum Marks {
        /** characters like any other: the text is shown as typed */
        KEPT,
        /** made {@code <mark>} and {@code </mark>}, when they pair up */
        MARKED,
        /** left out */
        DROPPED
    }

    /** The text escaped, its marks done with as {@code marks} says; null when marks to be made do not pair up. */
    private static String escape(String text, Marks marks) {
        char open = MARK_OPEN.charAt(0);
        char close = MARK_CLOSE.charAt(0);
        StringBuilder out = null;
        int depth = 0;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement;
            if (c == '&') {
                replacement = "&amp;";
            } else if (c == '<') {
                replacement = "&lt;";
            } else if (c == '>') {
                replacement = "&gt;";
            } else if (c == '"') {
                replacement = "&quot;";
            } else if (c == '\'') {
                replacement = "&#39;";
            } else if (c == open && marks != Marks.KEPT) {
                if (marks == Marks.MARKED && depth++ != 0) {
                    return null;
                }
                replacement = marks == Marks.MARKED ? "<mark>" : "";
            } else if (c == close && marks != Marks.KEPT) {
                if (marks == Marks.MARKED && --depth != 0) {
                    return null;
                }
                replacement = marks == Marks.MARKED ? "</mark>" : "";
            } else {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 32);
            }
            out.append(text, copied, i).append(replacement);
            copied = i + 1;
        }
        if (depth != 0) {
            return null;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** The markup, for a template's {@code th:utext} and for JSON. */
    @JsonValue
    public String html() {
        return html;
    }

    @Override
    public String toString() {
        return html;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Html that && html.equals(that.html);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(html);
    }
}
