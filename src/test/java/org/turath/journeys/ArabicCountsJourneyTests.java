package org.turath.journeys;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.turath.collections.CollectionsFixture;
import org.turath.support.BrowserJourney;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts as an Arabic reader reads them in a real browser: a search that finds none, one, two, three, eleven and a
 * hundred objects says each with the form Arabic gives that number (zero, one, two, few, many, other) — and English
 * says one and many.
 */
class ArabicCountsJourneyTests extends BrowserJourney {

    @Autowired
    CollectionsFixture collections;

    @Test
    void aSearchSaysItsCountAsArabicSaysIt() {
        String suffix = CollectionsFixture.suffix().replaceAll("[^a-z0-9]", "");
        var museum = collections.museum(suffix);
        Map<Integer, String> tokens = new LinkedHashMap<>();
        for (int count : new int[]{1, 2, 3, 11, 100}) {
            // a word of its own in each group's titles, so a search finds exactly that many
            String token = "qpl" + count + "x" + suffix;
            tokens.put(count, token);
            for (int i = 0; i < count; i++) {
                collections.ewer(museum, token + "-" + i, true);
            }
        }
        Map<Integer, String> arabic = Map.of(1, "نتيجة واحدة", 2, "نتيجتان", 3, "3 نتائج", 11, "11 نتيجةً", 100, "100 نتيجة");
        tokens.forEach((count, token) -> {
            String said = countFor("/ar/search?q=" + token, arabic.get(count));
            assertThat(said).as(count + " in Arabic").isEqualTo(arabic.get(count));
        });
        assertThat(countFor("/ar/search?q=qplnothing" + suffix, "لا توجد نتائج")).isEqualTo("لا توجد نتائج");
        assertThat(countFor("/en/search?q=" + tokens.get(1), "1 result")).isEqualTo("1 result");
        assertThat(countFor("/en/search?q=" + tokens.get(11), "11 results")).isEqualTo("11 results");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
    }

    /** The count the search page says, once the index has the objects (it takes them within a few seconds). */
    private String countFor(String path, String expected) {
        String[] said = {""};
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500)).until(driver -> {
                driver.get(url(path));
                said[0] = driver.findElements(By.cssSelector(".result-count")).stream().findFirst()
                        .map(count -> count.getText().strip()).orElse("(no count on the page)");
                return said[0].equals(expected);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            // what it said last is what the assertion shows
        }
        return said[0];
    }
}
