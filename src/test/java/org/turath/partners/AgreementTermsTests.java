package org.turath.partners;

import org.junit.jupiter.api.Test;
import org.turath.partners.domain.Agreement;
import org.turath.partners.domain.FundingPlan;
import org.turath.partners.domain.Party;
import org.turath.shared.LocalizedText;
import org.turath.shared.Refusal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An agreement's terms, standing, renewals and reminders as the days pass; a funding plan's arithmetic. */
class AgreementTermsTests {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static Agreement.Details details(LocalDate signed, Agreement.Precision precision, Renewal renewal, List<Party> parties) {
        return new Agreement.Details(AgreementKind.MEMORANDUM, new LocalizedText(null, "MoU", null), LocalizedText.empty(), true, signed,
                precision, 36, renewal, null, null, false, parties, List.of(), null, "keeper@example.org");
    }

    private static List<Party> twoParties() {
        return List.of(new Party(UUID.randomUUID(), null, null), new Party(UUID.randomUUID(), null, null));
    }

    @Test
    void aThreeYearTermEndsTheDayBeforeTheThirdAnniversaryAndIsEndingInItsLastSixMonths() {
        Agreement agreement = new Agreement(details(LocalDate.of(2024, 3, 1), Agreement.Precision.DAY, Renewal.NONE, twoParties()), false,
                "s@example.org", NOW);
        assertThat(agreement.endsOn()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(agreement.status(LocalDate.of(2025, 1, 1))).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(agreement.status(TODAY)).isEqualTo(AgreementStatus.EXPIRING);
        assertThat(agreement.status(LocalDate.of(2027, 3, 1))).isEqualTo(AgreementStatus.EXPIRED);
    }

    @Test
    void aSignatureKnownOnlyByItsYearIsNeverSaidToEndBeforeItCould() {
        Agreement agreement = new Agreement(details(LocalDate.of(2022, 1, 1), Agreement.Precision.YEAR, Renewal.NONE, twoParties()), false,
                "s@example.org", NOW);
        // signed some day of 2022: the latest it can end is the end of 2025
        assertThat(agreement.endsOn()).isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(agreement.status(LocalDate.of(2025, 6, 1))).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(agreement.status(LocalDate.of(2025, 7, 1))).isEqualTo(AgreementStatus.EXPIRING);
    }

    @Test
    void anAgreementWithoutATermIsInForceWithNoEndToRemindOfAndCannotBeRenewed() {
        Agreement openEnded = new Agreement(new Agreement.Details(AgreementKind.MEMORANDUM, new LocalizedText(null, "MoU", null),
                LocalizedText.empty(), true, LocalDate.of(2022, 1, 1), Agreement.Precision.YEAR, null, Renewal.NONE, null, null, false,
                twoParties(), List.of(), null, "keeper@example.org"), false, "s@example.org", NOW);
        assertThat(openEnded.endsOn()).isNull();
        assertThat(openEnded.terms()).isEmpty();
        assertThat(openEnded.status(TODAY)).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(openEnded.reminderDue(TODAY)).isEmpty();
        assertThatThrownBy(() -> openEnded.renew("Decision", "s@example.org", NOW, TODAY)).isInstanceOf(Refusal.class);
    }

    @Test
    void aRenewalByDecisionAddsATermAndKeepsTheFirstAndTheDatesCannotBeRewrittenAfterwards() {
        Agreement agreement = new Agreement(details(LocalDate.of(2024, 3, 1), Agreement.Precision.DAY, Renewal.DECISION, twoParties()), false,
                "s@example.org", NOW);
        agreement.renew("Committee decision 12.3", "s@example.org", NOW, TODAY);
        assertThat(agreement.terms()).hasSize(2);
        assertThat(agreement.terms().get(1).startsOn()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(agreement.endsOn()).isEqualTo(LocalDate.of(2030, 2, 28));
        assertThat(agreement.status(TODAY)).isEqualTo(AgreementStatus.RENEWED);
        assertThatThrownBy(() -> agreement.apply(details(LocalDate.of(2024, 4, 1), Agreement.Precision.DAY, Renewal.DECISION,
                agreement.parties()), "s@example.org", NOW)).isInstanceOf(Refusal.class).hasMessageContaining("renewed-dates");
    }

    @Test
    void aTacitRenewalGoesOnForEveryTermThatPassedUnlessTheAgreementWasTerminated() {
        Agreement tacit = new Agreement(details(LocalDate.of(2019, 6, 1), Agreement.Precision.DAY, Renewal.TACIT, twoParties()), false,
                "s@example.org", NOW);
        assertThat(tacit.renewTacitly(TODAY, NOW)).isTrue();
        // 2019–2022, 2022–2025, 2025–2028
        assertThat(tacit.terms()).hasSize(3);
        assertThat(tacit.endsOn()).isEqualTo(LocalDate.of(2028, 5, 31));
        assertThat(tacit.renewTacitly(TODAY, NOW)).isFalse();

        Agreement ended = new Agreement(details(LocalDate.of(2019, 6, 1), Agreement.Precision.DAY, Renewal.TACIT, twoParties()), false,
                "s@example.org", NOW);
        ended.terminate(LocalDate.of(2021, 1, 1), "Notice given", NOW);
        assertThat(ended.renewTacitly(TODAY, NOW)).isFalse();
        assertThat(ended.status(TODAY)).isEqualTo(AgreementStatus.TERMINATED);
    }

    @Test
    void theRemindersCome90And30DaysBeforeTheEndOnceEachPerTerm() {
        Agreement agreement = new Agreement(details(LocalDate.of(2024, 3, 1), Agreement.Precision.DAY, Renewal.DECISION, twoParties()), false,
                "s@example.org", NOW);
        assertThat(agreement.reminderDue(LocalDate.of(2026, 11, 29))).isEmpty();
        assertThat(agreement.reminderDue(LocalDate.of(2026, 12, 1))).contains(90);
        agreement.reminded(90);
        assertThat(agreement.reminderDue(LocalDate.of(2026, 12, 2))).isEmpty();
        assertThat(agreement.reminderDue(LocalDate.of(2027, 1, 29))).contains(30);
        agreement.reminded(30);
        assertThat(agreement.reminderDue(LocalDate.of(2027, 2, 20))).isEmpty();
        // renewed: the next term is reminded of again
        agreement.renew("Decision 4", "s@example.org", NOW, LocalDate.of(2027, 2, 20));
        assertThat(agreement.reminderDue(LocalDate.of(2029, 12, 1))).contains(90);
    }

    @Test
    void anAgreementThatComesInLateGetsOnlyTheSecondReminder() {
        Agreement late = new Agreement(details(TODAY.minusMonths(36).plusDays(20), Agreement.Precision.DAY, Renewal.NONE, twoParties()),
                false, "s@example.org", NOW);
        assertThat(late.reminderDue(TODAY)).contains(30);
        late.reminded(30);
        assertThat(late.reminderDue(TODAY)).isEmpty();
    }

    @Test
    void aFundingPlanAddsUpToAHundredPercentAndToItsTotal() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        assertThat(FundingPlan.problems(null, null, List.of(new Party(a, null, null), new Party(b, null, null)))).isEmpty();
        assertThat(FundingPlan.problems("USD", new BigDecimal("300000"), List.of(new Party(a, new BigDecimal("50"), new BigDecimal("150000")),
                new Party(b, new BigDecimal("30"), new BigDecimal("90000")), new Party(c, new BigDecimal("20"), new BigDecimal("60000")))))
                .isEmpty();
        assertThat(FundingPlan.problems(null, null, List.of(new Party(a, new BigDecimal("50"), null), new Party(b, new BigDecimal("40"), null))))
                .containsEntry("shares", "percent-sum");
        assertThat(FundingPlan.problems("USD", new BigDecimal("100"), List.of(new Party(a, new BigDecimal("50"), new BigDecimal("50")),
                new Party(b, new BigDecimal("50"), new BigDecimal("40"))))).containsEntry("shares", "share-mismatch");
        assertThat(FundingPlan.problems("USD", new BigDecimal("100"), List.of(new Party(a, new BigDecimal("50"), new BigDecimal("50.3")),
                new Party(b, new BigDecimal("50"), new BigDecimal("49.6"))))).containsEntry("shares", "amount-sum");
        assertThat(FundingPlan.problems("XYZ", new BigDecimal("100"), List.of(new Party(a, new BigDecimal("100"), new BigDecimal("100")),
                new Party(b, BigDecimal.ZERO, BigDecimal.ZERO)))).containsEntry("currency", "currency");
        assertThat(FundingPlan.problems(null, null, List.of(new Party(a, new BigDecimal("100"), null), new Party(b, null, null))))
                .containsEntry("shares", "share-missing");
    }
}
