package org.turath.search.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped thesaurus, as what people type meets it. */
class ThesaurusTests {

    private final Thesaurus thesaurus = new Thesaurus();

    @Test
    void arabicWordsMeetTheirGroupWhateverTheirSpellingAndPrefixes() {
        assertThat(thesaurus.group("والمساجد")).contains("مسجد", "mosque", "mosquée");
        assertThat(thesaurus.group("الْمَسْجِد")).contains("جامع");
        assertThat(thesaurus.group("قلاع")).contains("قلعة", "citadel", "citadelle");
        assertThat(thesaurus.group("مدينه")).contains("city", "ville").doesNotContain("medina");
        assertThat(thesaurus.group("MÉDERSA")).contains("مدرسة", "madrasa");
        assertThat(thesaurus.group("بيرسبوليس")).isEmpty();
    }

    @Test
    void expansionKeepsOtherWordsAndLeavesOperatorsAlone() {
        assertThat(thesaurus.expand("قصور فاس")).startsWith("(قصور | قصر | قصور | palace").endsWith(") فاس");
        assertThat(thesaurus.expand("\"grande mosquée\"")).isEqualTo("\"grande mosquée\"");
        assertThat(thesaurus.expand("mosque -cairo")).isEqualTo("mosque -cairo");
    }

    @Test
    void aWordInTwoGroupsIsRefusedWhenTheThesaurusIsRead() {
        assertThatThrownBy(() -> new Thesaurus(List.of(List.of("fort", "قلعة"), List.of("Fort", "castle"))))
                .hasMessageContaining("two groups");
    }
}
