package org.turath.shared;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Html} escapes text itself, in one pass, instead of through Spring's {@code HtmlUtils}: the bytes a page shows
 * must stay exactly those Spring wrote, whatever the text holds.
 */
class HtmlEscapingTests {

    private static final String ALPHABET = "aZ9 é&<>\"'/=;#\u00a0ف\u0640\u200f\n\t" + Html.MARK_OPEN + Html.MARK_CLOSE + "😀";

    @Test
    void escapedTextIsWhatSpringWouldHaveWritten() {
        Random random = new Random(20261208);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
            }
            assertThat(Html.escaped(text.toString()).html()).as("escaping %s", text).isEqualTo(HtmlUtils.htmlEscape(text.toString(), "UTF-8"));
        }
    }

    @Test
    void textWithNothingToEscapeIsShownAsItIs() {
        String arabic = "مدينة فاس القديمة";
        assertThat(Html.escaped(arabic).html()).isSameAs(arabic);
        assertThat(Html.escaped("O'Brien & <Sons>").html()).isEqualTo("O&#39;Brien &amp; &lt;Sons&gt;");
    }

    @Test
    void marksBecomeMarkElementsOnlyWhenTheyPairUp() {
        String open = Html.MARK_OPEN;
        String close = Html.MARK_CLOSE;
        assertThat(Html.marked(open + "Fès" + close + " & " + open + "Meknès" + close).html())
                .isEqualTo("<mark>Fès</mark> &amp; <mark>Meknès</mark>");
        assertThat(Html.marked(open + open + "x" + close + close).html()).as("nested").isEqualTo("x");
        assertThat(Html.marked(open + "x").html()).as("never closed").isEqualTo("x");
        assertThat(Html.marked("<" + close).html()).as("closed first").isEqualTo("&lt;");
        assertThat(Html.marked("plain").html()).isEqualTo("plain");
        assertThat(Html.marked(null)).isNull();
        // shown as typed: marks in plain text are characters like any other
        assertThat(Html.escaped(open + "x" + close).html()).isEqualTo(open + "x" + close);
    }
}
