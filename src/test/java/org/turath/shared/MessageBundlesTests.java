package org.turath.shared;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every string a person reads exists in Arabic, English and French, with the same placeholders. */
class MessageBundlesTests {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z0-9.\\-]+)[}(]");

    @Test
    void theThreeLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
        Map<String, Properties> bundles = bundles();
        Set<String> basenames = new TreeSet<>();
        bundles.keySet().forEach(name -> basenames.add(name.replaceAll("_(ar|fr)$", "")));
        assertThat(basenames).contains("shared", "registry", "search");
        for (String basename : basenames) {
            Properties english = bundles.get(basename);
            for (String language : new String[]{"ar", "fr"}) {
                Properties other = bundles.get(basename + "_" + language);
                assertThat(other).as("%s_%s exists", basename, language).isNotNull();
                assertThat(new TreeSet<>(other.stringPropertyNames())).as("%s_%s keys", basename, language)
                        .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
                for (String key : english.stringPropertyNames()) {
                    assertThat(placeholders(other.getProperty(key))).as("%s_%s %s", basename, language, key)
                            .isEqualTo(placeholders(english.getProperty(key)));
                    assertThat(other.getProperty(key)).as("%s_%s %s", basename, language, key).isNotBlank();
                }
            }
        }
    }

    @Test
    void everyMessageKeyATemplateNamesExists() throws IOException {
        Set<String> known = new HashSet<>();
        bundles().values().forEach(bundle -> known.addAll(bundle.stringPropertyNames()));
        Map<String, String> missing = new TreeMap<>();
        for (TemplateSources.Template template : TemplateSources.all()) {
            Matcher matcher = TEMPLATE_KEY.matcher(template.text());
            while (matcher.find()) {
                if (!known.contains(matcher.group(1))) {
                    missing.put(matcher.group(1), template.name());
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Map<String, Properties> bundles() throws IOException {
        Map<String, Properties> bundles = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties")) {
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            bundles.put(resource.getFilename().replace(".properties", ""), properties);
        }
        return bundles;
    }
}
