package org.turath.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Amounts and shares as people type them in Arabic, English and French. */
class DecimalsTests {

    @Test
    void numbersAreReadAsTheyAreWrittenInTheThreeLanguages() {
        assertThat(Decimals.parse("٢٥٠٬٠٠٠٫٥")).isEqualByComparingTo("250000.5");
        assertThat(Decimals.parse("۳۳٫۵")).isEqualByComparingTo("33.5");
        assertThat(Decimals.parse("250,000")).isEqualByComparingTo("250000");
        assertThat(Decimals.parse("1,250,000.75")).isEqualByComparingTo("1250000.75");
        assertThat(Decimals.parse("1 250 000,75")).isEqualByComparingTo("1250000.75");
        assertThat(Decimals.parse("1\u202F250,5")).isEqualByComparingTo("1250.5");
        assertThat(Decimals.parse("1.250.000,75")).isEqualByComparingTo("1250000.75");
        assertThat(Decimals.parse("12,5")).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(Decimals.parse("  ")).isNull();
    }

    @Test
    void whatIsNotAnAmountIsRefusedRatherThanGuessed() {
        for (String typed : new String[]{"12.345", "-5", "1e6", "abc", "<script>", "12..5", "99999999999999999"}) {
            assertThatThrownBy(() -> Decimals.parse(typed)).as(typed).isInstanceOf(NumberFormatException.class);
        }
    }
}
