package org.turath.web;

import org.junit.jupiter.api.Test;
import org.springframework.validation.MapBindingResult;
import org.turath.nominations.NominationFileId;
import org.turath.shared.Language;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How forms and ids are read, without a Spring context: what a refused form shows again, which id a path gives. */
class FormBindingTests {

    record Sample(String name, Trilingual title, List<String> states) implements FormRecord {
    }

    @Test
    void aRefusedFormShowsAgainWhatWasTypedInEachField() {
        Sample typed = new Sample("Fès", new Trilingual("فاس", "Fez", null), List.of("MA"));
        assertThat(typed.get("name")).isEqualTo("Fès");
        assertThat(typed.get("title.ar")).isEqualTo("فاس");
        assertThat(typed.get("title.en")).isEqualTo("Fez");
        assertThat(typed.get("title.fr")).isNull();
        assertThat(typed.get("title.xx")).isNull();
        assertThat(typed.get("unknown")).isNull();
    }

    @Test
    void aThreeLanguageFieldIsCleanedAndMeasuredInCharactersNotBytes() {
        Trilingual title = new Trilingual("  مدينة   فاس\u202E ", null, "x".repeat(10));
        assertThat(title.line().in(Language.AR)).contains("مدينة فاس");
        assertThat(title.line().in(Language.EN)).isEmpty();
        assertThat(new Trilingual("ت".repeat(300), null, null).longerThan(300)).isFalse();
        assertThat(new Trilingual("ت".repeat(301), null, null).longerThan(300)).isTrue();
    }

    @Test
    void aPathIdBecomesTheTypedIdItNamesAndAnythingElseIsRefused() {
        UUID value = UUID.randomUUID();
        var converter = new EntityIds().getConverter(NominationFileId.class);
        assertThat(converter.convert(value.toString())).isEqualTo(new NominationFileId(value));
        assertThat(converter.convert(value.toString()).toString()).isEqualTo(value.toString());
        assertThatThrownBy(() -> converter.convert("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> converter.convert(value + "0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fieldErrorsNameTheirMessageBesideTheFieldAndAThreeLanguageFieldOnce() {
        MapBindingResult binding = new MapBindingResult(new HashMap<>(), "form");
        binding.rejectValue("title.ar", "Size", "library.error.too-long");
        binding.rejectValue("title.fr", "Size", "library.error.too-long");
        binding.rejectValue("year", "typeMismatch", "Failed to convert value of type 'java.lang.String'");
        assertThat(FieldErrors.of(binding)).containsExactly(
                java.util.Map.entry("title", "library.error.too-long"),
                java.util.Map.entry("year", "form.error.invalid"));
    }
}
