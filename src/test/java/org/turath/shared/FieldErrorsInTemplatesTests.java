package org.turath.shared;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A field written out by hand names its error for screen readers ({@code aria-describedby='e-<name>'}): the error
 * must exist under that id, written by {@code fragments/forms :: fieldError('<name>')} or by hand. A name that does
 * not match (the field {@code startsAt} pointing at {@code e-starts}) leaves a blind reader without the message,
 * and no browser test sees it, since the error shows only on a refused form.
 */
class FieldErrorsInTemplatesTests {

    private static final Pattern NAMED = Pattern.compile("'e-([A-Za-z0-9_-]+)");
    private static final Pattern WRITTEN = Pattern.compile("fieldError\\('([A-Za-z0-9_-]+)'\\)|id=\"e-([A-Za-z0-9_-]+)\"");

    @Test
    void everyErrorAFieldNamesIsOnThePage() {
        List<String> missing = new ArrayList<>();
        int named = 0;
        for (TemplateSources.Template template : TemplateSources.all()) {
            String text = template.text();
            Set<String> written = new HashSet<>();
            Matcher errors = WRITTEN.matcher(text);
            while (errors.find()) {
                written.add(errors.group(1) != null ? errors.group(1) : errors.group(2));
            }
            Matcher references = NAMED.matcher(text);
            while (references.find()) {
                named++;
                if (!written.contains(references.group(1))) {
                    missing.add(template.name() + ": e-" + references.group(1));
                }
            }
        }
        assertThat(named).isGreaterThan(20);
        assertThat(missing).isEmpty();
    }
}
