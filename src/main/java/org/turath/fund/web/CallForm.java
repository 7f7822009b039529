package org.turath.fund.web;

import org.turath.fund.ProjectKind;
import org.turath.fund.domain.Criterion;
import org.turath.fund.domain.FundCall;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.TextInput;
import org.turath.web.FormRecord;
import org.turath.web.Trilingual;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A call for proposals as its form posts it: reference, title and rules in three languages, dates, currency, the most a
 * request may ask, the envelope, the kinds of project it takes, and criteria rows ({@code criterionAr[0]}…, {@code weight[0]})
 * whose weights add up to 100.
 */
record CallForm(String version, String submission, String reference, Trilingual title, Trilingual rules, String opensOn,
                String closesOn, String currency, String maxAmount, String envelope, List<String> kinds, List<String> criterionAr,
                List<String> criterionEn, List<String> criterionFr, List<String> weight) implements FormRecord {

    static final int CRITERION_ROWS = 8;

    static CallForm empty() {
        return new CallForm(null, null, null, null, null, null, null, "USD", null, null, List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    static CallForm of(FundCall call) {
        FundCall.Details d = call.details();
        return new CallForm(String.valueOf(call.version()), null, d.reference(), Trilingual.of(d.title()), Trilingual.of(d.rules()),
                d.opensOn().toString(), d.closesOn().toString(), d.currency(), RequestForm.plain(d.maxAmount()),
                RequestForm.plain(d.envelope()), d.kinds().stream().map(Enum::name).toList(),
                d.criteria().stream().map(c -> c.label().in(Language.AR).orElse(null)).toList(),
                d.criteria().stream().map(c -> c.label().in(Language.EN).orElse(null)).toList(),
                d.criteria().stream().map(c -> c.label().in(Language.FR).orElse(null)).toList(),
                d.criteria().stream().map(c -> String.valueOf(c.weight())).toList());
    }

    public String row(String field, int index) {
        List<String> values = switch (field) {
            case "criterionAr" -> criterionAr;
            case "criterionEn" -> criterionEn;
            case "criterionFr" -> criterionFr;
            case "weight" -> weight;
            default -> List.of();
        };
        return values != null && index < values.size() ? values.get(index) : null;
    }

    public boolean takes(String kind) {
        return kinds != null && kinds.contains(kind);
    }

    FundCall.Details read(Map<String, String> errors) {
        String ref = TextInput.line(reference) == null ? null : TextInput.line(reference).toUpperCase(Locale.ROOT);
        if (ref == null || !ref.matches("[A-Z0-9][A-Z0-9-]{1,19}")) {
            errors.put("reference", "fund.error.call-reference");
        }
        Trilingual titles = Trilingual.orEmpty(title);
        LocalizedText titleText = titles.line();
        if (titleText.isEmpty()) {
            errors.put("title", "fund.error.required");
        } else if (titles.longerThan(500)) {
            errors.put("title", "fund.error.too-long");
        }
        Trilingual rulesTyped = Trilingual.orEmpty(rules);
        if (rulesTyped.longerThan(8000)) {
            errors.put("rules", "fund.error.too-long");
        }
        LocalizedText rulesText = new LocalizedText(TextInput.block(rulesTyped.ar()), TextInput.block(rulesTyped.en()),
                TextInput.block(rulesTyped.fr()));
        LocalDate opens = date(opensOn, "opensOn", errors);
        LocalDate closes = date(closesOn, "closesOn", errors);
        if (opens != null && closes != null && closes.isBefore(opens)) {
            errors.put("closesOn", "fund.error.call-dates");
        }
        String money = TextInput.line(currency) == null ? null : TextInput.line(currency).toUpperCase(Locale.ROOT);
        if (money == null || !money.matches("[A-Z]{3}")) {
            errors.put("currency", "fund.error.currency");
        }
        BigDecimal max = RequestForm.number(maxAmount, "maxAmount", errors);
        if (max == null || max.signum() <= 0) {
            errors.putIfAbsent("maxAmount", "fund.error.number");
        }
        BigDecimal total = RequestForm.number(envelope, "envelope", errors);
        Set<ProjectKind> kindSet = EnumSet.noneOf(ProjectKind.class);
        for (String k : kinds == null ? List.<String>of() : kinds) {
            try {
                kindSet.add(ProjectKind.valueOf(k));
            } catch (IllegalArgumentException e) {
                errors.put("kinds", "fund.error.choice");
            }
        }
        if (kindSet.isEmpty()) {
            errors.putIfAbsent("kinds", "fund.error.call-kinds");
        }
        List<Criterion> criteria = criteria(errors);
        return new FundCall.Details(ref, titleText, rulesText, opens, closes, money, max, total, kindSet, criteria);
    }

    private List<Criterion> criteria(Map<String, String> errors) {
        List<Criterion> rows = new ArrayList<>();
        int count = Math.max(Math.max(size(criterionAr), size(criterionEn)), Math.max(size(criterionFr), size(weight)));
        if (count > CRITERION_ROWS) {
            errors.put("criteria", "fund.error.rows");
            return rows;
        }
        int sum = 0;
        for (int i = 0; i < count; i++) {
            LocalizedText label = new Trilingual(row("criterionAr", i), row("criterionEn", i), row("criterionFr", i)).line();
            String typed = TextInput.line(row("weight", i));
            if (label.isEmpty() && typed == null) {
                continue;
            }
            if (label.isEmpty() || typed == null || !typed.matches("\\d{1,3}") || Integer.parseInt(typed) < 1
                    || Integer.parseInt(typed) > 100) {
                errors.putIfAbsent("criteria", "fund.error.criterion");
                continue;
            }
            sum += Integer.parseInt(typed);
            rows.add(new Criterion(label, Integer.parseInt(typed)));
        }
        if (!errors.containsKey("criteria") && (rows.isEmpty() || sum != 100)) {
            errors.put("criteria", "fund.error.weights");
        }
        return rows;
    }

    private static LocalDate date(String typed, String field, Map<String, String> errors) {
        String text = TextInput.line(typed);
        if (text == null) {
            errors.put(field, "fund.error.required");
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, "fund.error.date");
            return null;
        }
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }
}
