package org.turath.registry.internal.imports;

import org.turath.shared.PlainText;
import org.turath.shared.TextInput;

/**
 * Makes source text safe: names become plain text (UNESCO's data has {@code <I>}, {@code <U>},
 * {@code <em>} and entities inside names), descriptions keep paragraphs, line breaks, emphasis,
 * lists, links and the paragraph direction ({@code <p dir="rtl">}) and lose everything else.
 */
final class TextCleaner {

    private TextCleaner() {
    }

    static String plain(String source) {
        return TextInput.line(PlainText.of(source));
    }

    static String rich(String source) {
        return TextInput.rich(source);
    }
}
