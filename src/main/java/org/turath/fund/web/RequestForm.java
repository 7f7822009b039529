package org.turath.fund.web;

import jakarta.validation.constraints.Size;
import org.turath.fund.ProjectKind;
import org.turath.fund.domain.BudgetLine;
import org.turath.fund.domain.FundRequest;
import org.turath.fund.domain.Milestone;
import org.turath.shared.LocalizedText;
import org.turath.shared.TextInput;
import org.turath.web.Decimals;
import org.turath.web.FormRecord;
import org.turath.web.Trilingual;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A request as its form posts it: the call (or, on the emergency fast track, the condition report) and the item when it
 * is opened; then the project in three languages, the amount, budget lines ({@code budgetLabel[0]}, {@code budgetAmount[0]}…)
 * and milestones ({@code milestoneTitle[0]}, {@code milestoneDue[0]}, {@code milestoneTranche[0]}). An empty row is ignored.
 * A draft may be incomplete: what is missing is listed on its page and refused only at submission.
 */
record RequestForm(String version, String submission, String call, String report, String item, String kind,
                   @Size(max = 300, message = "fund.error.too-long") String applicant, Trilingual title, Trilingual objectives,
                   Trilingual workPlan, String amount, List<String> budgetLabel, List<String> budgetAmount, List<String> budgetCofunding,
                   List<String> budgetCofunder, List<String> milestoneTitle, List<String> milestoneDue, List<String> milestoneTranche)
        implements FormRecord {

    static final int BUDGET_ROWS = 8;
    static final int MILESTONE_ROWS = 6;
    private static final int TITLE_MAX = 500;
    private static final int TEXT_MAX = 8000;

    static RequestForm empty(String call, String report, String item) {
        return new RequestForm(null, null, call, report, item, null, null, null, null, null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    static RequestForm of(FundRequest request) {
        FundRequest.Content c = request.content();
        return new RequestForm(String.valueOf(request.version()), null, null, null, request.itemReference(),
                c.kind() == null ? null : c.kind().name(), c.applicant(), Trilingual.of(c.title()), Trilingual.of(c.objectives()),
                Trilingual.of(c.workPlan()), plain(c.amountRequested()),
                c.budget().stream().map(BudgetLine::label).toList(),
                c.budget().stream().map(b -> plain(b.amount())).toList(),
                c.budget().stream().map(b -> b.cofunding().signum() == 0 ? null : plain(b.cofunding())).toList(),
                c.budget().stream().map(BudgetLine::cofunder).toList(),
                c.milestones().stream().map(Milestone::title).toList(),
                c.milestones().stream().map(m -> m.dueOn() == null ? null : m.dueOn().toString()).toList(),
                c.milestones().stream().map(m -> plain(m.tranche())).toList());
    }

    /** The value typed in row {@code index} of a list field, or null (for showing the rows again). */
    public String row(String field, int index) {
        List<String> values = switch (field) {
            case "budgetLabel" -> budgetLabel;
            case "budgetAmount" -> budgetAmount;
            case "budgetCofunding" -> budgetCofunding;
            case "budgetCofunder" -> budgetCofunder;
            case "milestoneTitle" -> milestoneTitle;
            case "milestoneDue" -> milestoneDue;
            case "milestoneTranche" -> milestoneTranche;
            default -> List.of();
        };
        return values != null && index < values.size() ? values.get(index) : null;
    }

    /** What the form says, checked for what is malformed (not for what is missing); each problem goes into {@code errors}. */
    FundRequest.Content read(LocalDate today, Map<String, String> errors) {
        ProjectKind kindValue = null;
        String typedKind = TextInput.line(kind);
        if (typedKind != null) {
            try {
                kindValue = ProjectKind.valueOf(typedKind);
            } catch (IllegalArgumentException e) {
                errors.put("kind", "fund.error.choice");
            }
        }
        Trilingual titles = Trilingual.orEmpty(title);
        if (titles.longerThan(TITLE_MAX)) {
            errors.put("title", "fund.error.too-long");
        }
        LocalizedText objectivesText = block(objectives, "objectives", errors);
        LocalizedText planText = block(workPlan, "workPlan", errors);
        BigDecimal requested = number(amount, "amount", errors);
        List<BudgetLine> budget = budget(errors);
        List<Milestone> milestones = milestones(today, errors);
        return new FundRequest.Content(kindValue, TextInput.line(applicant), titles.line(), objectivesText, planText, requested, budget,
                milestones);
    }

    private List<BudgetLine> budget(Map<String, String> errors) {
        List<BudgetLine> rows = new ArrayList<>();
        int count = Math.max(Math.max(size(budgetLabel), size(budgetAmount)), Math.max(size(budgetCofunding), size(budgetCofunder)));
        if (count > BUDGET_ROWS) {
            errors.put("budget", "fund.error.rows");
            return rows;
        }
        for (int i = 0; i < count; i++) {
            String label = TextInput.line(row("budgetLabel", i));
            String money = TextInput.line(row("budgetAmount", i));
            String cofunding = TextInput.line(row("budgetCofunding", i));
            String cofunder = TextInput.line(row("budgetCofunder", i));
            if (label == null && money == null && cofunding == null && cofunder == null) {
                continue;
            }
            BigDecimal cost = number(money, "budget", errors);
            BigDecimal shared = number(cofunding, "budget", errors);
            if (label == null || cost == null || label.length() > 300 || cofunder != null && cofunder.length() > 300) {
                errors.putIfAbsent("budget", "fund.error.budget-line");
                continue;
            }
            if (shared != null && shared.compareTo(cost) > 0) {
                errors.putIfAbsent("budget", "fund.error.cofunding-over");
                continue;
            }
            if (shared != null && shared.signum() > 0 && cofunder == null) {
                errors.putIfAbsent("budget", "fund.error.cofunder");
                continue;
            }
            rows.add(new BudgetLine(label, cost, shared, cofunder));
        }
        return rows;
    }

    private List<Milestone> milestones(LocalDate today, Map<String, String> errors) {
        List<Milestone> rows = new ArrayList<>();
        int count = Math.max(size(milestoneTitle), Math.max(size(milestoneDue), size(milestoneTranche)));
        if (count > MILESTONE_ROWS) {
            errors.put("milestones", "fund.error.rows");
            return rows;
        }
        for (int i = 0; i < count; i++) {
            String text = TextInput.line(row("milestoneTitle", i));
            String due = TextInput.line(row("milestoneDue", i));
            String money = TextInput.line(row("milestoneTranche", i));
            if (text == null && due == null && money == null) {
                continue;
            }
            if (text == null || text.length() > 500) {
                errors.putIfAbsent("milestones", "fund.error.milestone");
                continue;
            }
            LocalDate dueOn = null;
            if (due != null) {
                try {
                    dueOn = LocalDate.parse(due);
                    if (dueOn.isBefore(today.minusYears(1)) || dueOn.isAfter(today.plusYears(10))) {
                        errors.putIfAbsent("milestones", "fund.error.date-range");
                    }
                } catch (DateTimeParseException e) {
                    errors.putIfAbsent("milestones", "fund.error.date");
                }
            }
            rows.add(new Milestone(text, dueOn, number(money, "milestones", errors)));
        }
        return rows;
    }

    private static LocalizedText block(Trilingual typed, String field, Map<String, String> errors) {
        Trilingual texts = Trilingual.orEmpty(typed);
        if (texts.longerThan(TEXT_MAX)) {
            errors.put(field, "fund.error.too-long");
        }
        return new LocalizedText(TextInput.block(texts.ar()), TextInput.block(texts.en()), TextInput.block(texts.fr()));
    }

    static BigDecimal number(String typed, String field, Map<String, String> errors) {
        try {
            return Decimals.parse(typed);
        } catch (NumberFormatException e) {
            errors.putIfAbsent(field, "fund.error.number");
            return null;
        }
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
