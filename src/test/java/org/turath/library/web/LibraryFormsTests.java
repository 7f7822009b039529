package org.turath.library.web;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The library's list fields as an editor types them, without a Spring context. */
class LibraryFormsTests {

    @Test
    void tagsSeparatedByLatinOrArabicCommasAreFoldedOnceEach() {
        Map<String, String> errors = new LinkedHashMap<>();
        assertThat(LibraryForms.list(" تراث ،  heritage, heritage ,\u0000 ,patrimoine ", "tags", 500, errors))
                .containsExactly("تراث", "heritage", "patrimoine");
        assertThat(errors).isEmpty();
    }

    @Test
    void tagsLongerThanTheFieldAllowsAreRefusedBesideTheField() {
        Map<String, String> errors = new LinkedHashMap<>();
        LibraryForms.list(String.join(",", List.of("a".repeat(300), "b".repeat(300))), "tags", 500, errors);
        assertThat(errors).containsEntry("tags", "library.error.too-long");
        assertThat(LibraryForms.list(null, "tags", 500, new LinkedHashMap<>())).isEmpty();
    }
}
