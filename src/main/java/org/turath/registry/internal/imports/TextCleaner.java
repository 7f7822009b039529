package org.turath.registry.internal.imports;

import org.turath.shared.PlainText;
import org.turath.shared.TextInput;

/**
 * Makes source names safe: they become plain text (UNESCO's data has {@code <I>}, {@code <U>}, {@code <em>} and
 * entities inside names). Descriptions are {@code RichText}, which keeps paragraphs, line breaks, emphasis, lists,
 * links and the paragraph direction ({@code <p dir="rtl">}) and loses everything else.
 */
final class TextCleaner {

    private TextCleaner() {
    }

    static String plain(String source) {
        return TextInput.line(PlainText.of(source));
    }
}
