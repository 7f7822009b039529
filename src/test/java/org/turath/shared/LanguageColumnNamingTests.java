package org.turath.shared;

import org.hibernate.boot.model.source.spi.AttributePath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageColumnNamingTests {

    private final LanguageColumnNaming naming = new LanguageColumnNaming();

    @Test
    void aThreeLanguageFieldIsKeptInOneColumnPerLanguageNamedAfterTheField() {
        assertThat(naming.transformAttributePath(AttributePath.parse("objectType.ar"))).isEqualTo("objectType_ar");
        assertThat(naming.transformAttributePath(AttributePath.parse("criteria.collection&&element.label.fr")))
                .isEqualTo("label_fr");
    }

    @Test
    void everythingElseIsNamedAsBefore() {
        assertThat(naming.transformAttributePath(AttributePath.parse("museumId"))).isEqualTo("museumId");
        assertThat(naming.transformAttributePath(AttributePath.parse("measures.heightCm"))).isEqualTo("heightCm");
        assertThat(naming.transformAttributePath(AttributePath.parse("ar"))).isEqualTo("ar");
        assertThat(naming.transformAttributePath(AttributePath.parse("names.collection&&element.en")))
                .isEqualTo("en");
    }
}
