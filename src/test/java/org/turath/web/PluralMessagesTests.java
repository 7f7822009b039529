package org.turath.web;

import org.junit.jupiter.api.Test;
import org.turath.shared.Language;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts said as each language says them: the shipped bundles through the portal's message source, no Spring context. */
class PluralMessagesTests {

    private final IcuMessageSource messages = messages();

    private static IcuMessageSource messages() {
        IcuMessageSource source = new IcuMessageSource();
        source.setBasenames("messages/shared", "messages/search", "messages/nominations", "messages/library");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private String results(long count, Language language) {
        return messages.getMessage("search.total", new Object[]{String.valueOf(count), count}, language.locale());
    }

    @Test
    void arabicHasSixFormsForACount() {
        assertThat(results(0, Language.AR)).isEqualTo("لا توجد نتائج");
        assertThat(results(1, Language.AR)).isEqualTo("نتيجة واحدة");
        assertThat(results(2, Language.AR)).isEqualTo("نتيجتان");
        assertThat(results(3, Language.AR)).isEqualTo("3 نتائج");
        assertThat(results(11, Language.AR)).isEqualTo("11 نتيجةً");
        assertThat(results(100, Language.AR)).isEqualTo("100 نتيجة");
        assertThat(results(246, Language.AR)).isEqualTo("246 نتيجةً");
    }

    @Test
    void englishAndFrenchSayOneAndMany() {
        assertThat(results(0, Language.EN)).isEqualTo("No results");
        assertThat(results(1, Language.EN)).isEqualTo("1 result");
        assertThat(results(2, Language.EN)).isEqualTo("2 results");
        assertThat(results(0, Language.FR)).isEqualTo("Aucun résultat");
        assertThat(results(1, Language.FR)).isEqualTo("1 résultat");
        assertThat(results(11, Language.FR)).isEqualTo("11 résultats");
    }

    @Test
    void numbersInsideAPluralKeepLatinDigitsInArabic() {
        String missing = messages.getMessage("nominations.missing", new Object[]{21}, Language.AR.locale());
        assertThat(missing).startsWith("لا يزال 21 عنصرًا ناقصًا");
        assertThat(messages.getMessage("nominations.missing", new Object[]{4}, Language.AR.locale())).startsWith("لا تزال 4 عناصر ناقصة");
        assertThat(messages.getMessage("nominations.missing", new Object[]{1}, Language.EN.locale())).startsWith("One item is still missing");
        assertThat(messages.getMessage("library.download", new Object[]{2, "1.5"}, Language.AR.locale())).contains("صفحتان");
        assertThat(messages.getMessage("library.download", new Object[]{1, "1.5"}, Language.FR.locale())).contains("(1 page,");
    }

    @Test
    void messagesWrittenForTheJdkReadTheSame() {
        // a doubled apostrophe is one, {0,number,#} has no grouping, a message without arguments is returned as written
        assertThat(messages.getMessage("nominations.cycle.title", new Object[]{2027}, Locale.ENGLISH)).isEqualTo("The 2027 cycle");
        assertThat(messages.getMessage("site.short-name", null, Language.AR.locale())).isEqualTo("تراث");
    }
}
