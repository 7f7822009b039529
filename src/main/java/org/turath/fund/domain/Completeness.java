package org.turath.fund.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a request still lacks before it can be submitted, as message codes ({@code fund.missing.<code>}): the texts,
 * the amount, a budget whose cost less its co-funding is the amount asked, milestones whose tranches add up to it,
 * and at least one document.
 */
final class Completeness {

    private Completeness() {
    }

    static List<String> missing(FundRequest request) {
        List<String> missing = new ArrayList<>();
        if (request.kind() == null) {
            missing.add("kind");
        }
        if (request.applicant() == null || request.applicant().isBlank()) {
            missing.add("applicant");
        }
        if (request.title().isEmpty()) {
            missing.add("title");
        }
        if (request.objectives().isEmpty()) {
            missing.add("objectives");
        }
        if (request.workPlan().isEmpty()) {
            missing.add("work-plan");
        }
        var amount = request.amountRequested();
        if (amount == null || amount.signum() <= 0) {
            missing.add("amount");
        }
        if (request.budget().isEmpty()) {
            missing.add("budget");
        } else if (amount != null && request.budgetTotal().subtract(request.cofundingTotal()).compareTo(amount) != 0) {
            missing.add("budget-balance");
        }
        List<Milestone> milestones = request.milestones();
        if (milestones.isEmpty() || milestones.stream().anyMatch(m -> m.dueOn() == null || m.tranche() == null)) {
            missing.add("milestones");
        } else if (amount != null && request.tranchesTotal().compareTo(amount) != 0) {
            missing.add("tranches");
        }
        if (request.documents().isEmpty()) {
            missing.add("documents");
        }
        return missing;
    }
}
