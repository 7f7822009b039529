package org.turath.shared;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates put markup into a page only from {@link Html} (its {@code html()}), which is made only by
 * sanitising, escaping or marking: a plain string shown with {@code th:utext} would be whatever was stored.
 */
class MarkupInTemplatesTests {

    private static final Pattern UNESCAPED = Pattern.compile("th:utext=\"([^\"]*)\"");

    @Test
    void templatesRenderMarkupOnlyFromTheSanitisedType() {
        List<String> offending = new ArrayList<>();
        int found = 0;
        for (TemplateSources.Template template : TemplateSources.all()) {
            Matcher matcher = UNESCAPED.matcher(template.text());
            while (matcher.find()) {
                found++;
                if (!matcher.group(1).matches("\\$\\{[\\w.()]+\\.html\\(\\)}")) {
                    offending.add(template.name() + ": " + matcher.group(1));
                }
            }
        }
        assertThat(found).isPositive();
        assertThat(offending).isEmpty();
    }

    @Test
    void everyWayToMakeMarkupLeavesNoScript() {
        String hostile = "<p onclick=x()>a<script>b()</script><a href=\"javascript:c()\">d</a><mark>e</mark></p>";
        assertThat(Html.sanitized(hostile).html()).doesNotContain("script").doesNotContain("onclick").doesNotContain("javascript")
                .doesNotContain("<mark>");
        assertThat(Html.escaped(hostile).html()).doesNotContain("<");
        assertThat(Html.paragraphs(hostile + "\n\nsecond").html()).startsWith("<p>&lt;p").endsWith("<p>second</p>");
        assertThat(Html.marked("<b>" + Html.MARK_OPEN + "Fès" + Html.MARK_CLOSE + "</b>").html())
                .isEqualTo("&lt;b&gt;<mark>Fès</mark>&lt;/b&gt;");
        assertThat(Html.marked("x" + Html.MARK_CLOSE + "<mark>" + Html.MARK_OPEN).html()).isEqualTo("x&lt;mark&gt;");
        assertThat(new RichText(hostile, null, null).resolve(Language.AR).orElseThrow().html().html()).doesNotContain("script");
        assertThat(RichText.fromPlain(new LocalizedText(null, hostile, null)).resolve(Language.EN).orElseThrow().html().html())
                .contains("&lt;script&gt;").doesNotContain("<script");
    }
}
