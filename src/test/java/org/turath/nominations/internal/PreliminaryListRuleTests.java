package org.turath.nominations.internal;

import org.turath.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.turath.nominations.NominationKind;
import org.turath.nominations.domain.PreliminaryEntry;
import org.turath.shared.LocalizedText;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The preliminary-list rule of the yearly cycle, off by default and on when configured. */
class PreliminaryListRuleTests {

    private final NominationCycle off = new NominationCycle(null, null, null, null, null, null, 0, false);
    private final NominationCycle on = new NominationCycle(null, null, null, null, null, null, 0, true);

    private static PreliminaryEntry entry(String state, LocalDate listedOn) {
        return new PreliminaryEntry(state, NominationKind.CULTURAL, new LocalizedText(null, "Ribat", null), listedOn, "focal@example.org");
    }

    @Test
    void offByDefaultAFileNeedsNoEntryButAnEntryGivenMustBeTheStatesOwn() {
        assertThatCode(() -> off.checkPreliminaryList(Optional.empty(), "MA", 2027)).doesNotThrowAnyException();
        assertThatCode(() -> off.checkPreliminaryList(Optional.of(entry("MA", LocalDate.of(2027, 6, 1))), "MA", 2027))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> off.checkPreliminaryList(Optional.of(entry("TN", LocalDate.of(2026, 1, 1))), "MA", 2027))
                .isInstanceOfSatisfying(Refusal.class, e -> org.assertj.core.api.Assertions.assertThat(e.code())
                        .isEqualTo("preliminary-entry"));
    }

    @Test
    void whenRequiredOnlyAnEntryListedByTheCyclesPreliminaryListDateWillDo() {
        assertThatThrownBy(() -> on.checkPreliminaryList(Optional.empty(), "MA", 2027))
                .isInstanceOfSatisfying(Refusal.class, e -> org.assertj.core.api.Assertions.assertThat(e.code())
                        .isEqualTo("preliminary-required"));
        assertThatCode(() -> on.checkPreliminaryList(Optional.of(entry("MA", LocalDate.of(2027, 3, 15))), "MA", 2027))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> on.checkPreliminaryList(Optional.of(entry("MA", LocalDate.of(2027, 3, 16))), "MA", 2027))
                .isInstanceOfSatisfying(Refusal.class, e -> org.assertj.core.api.Assertions.assertThat(e.code())
                        .isEqualTo("preliminary-late"));
        PreliminaryEntry removed = entry("MA", LocalDate.of(2026, 1, 1));
        removed.remove(LocalDate.of(2026, 2, 1), "focal@example.org");
        assertThatThrownBy(() -> on.checkPreliminaryList(Optional.of(removed), "MA", 2027))
                .isInstanceOfSatisfying(Refusal.class, e -> org.assertj.core.api.Assertions.assertThat(e.code())
                        .isEqualTo("preliminary-entry"));
    }
}
