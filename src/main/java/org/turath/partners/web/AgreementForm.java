package org.turath.partners.web;

import jakarta.validation.constraints.Size;
import org.turath.partners.AgreementKind;
import org.turath.partners.Renewal;
import org.turath.partners.domain.Agreement;
import org.turath.partners.domain.FundingPlan;
import org.turath.partners.domain.Outcome;
import org.turath.partners.domain.Party;
import org.turath.shared.EmailAddress;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.TextInput;
import org.turath.web.FormRecord;
import org.turath.web.Decimals;
import org.turath.web.Trilingual;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An agreement as its form posts it. Parties are rows of a partner and its share ({@code party[0]}, {@code percent[0]},
 * {@code amount[0]}…), outcomes rows of a kind, a year, a title in three languages and a link; an empty row is ignored.
 * The signature date is a day, or only a year when that is all the source gives.
 */
record AgreementForm(String version, String submission, String kind, Trilingual title, Trilingual purpose, String concluded,
                     String signedOn, String signedYear, String termMonths, String renewal, String currency, String total,
                     String amountsPublic, List<String> party, List<String> percent, List<String> amount, List<String> outcomeKind,
                     List<String> outcomeYear, List<String> outcomeAr, List<String> outcomeEn, List<String> outcomeFr,
                     List<String> outcomeLink, @Size(max = 2000, message = "partners.error.too-long") String sources,
                     String keeper) implements FormRecord {

    static final int PARTY_ROWS = 6;
    static final int OUTCOME_ROWS = 5;
    private static final int TITLE_MAX = 500;
    private static final int PURPOSE_MAX = 8000;

    static AgreementForm empty(String keeper) {
        return new AgreementForm(null, null, AgreementKind.MEMORANDUM.name(), null, null, null, null, null, "36", Renewal.NONE.name(),
                null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, keeper);
    }

    static AgreementForm of(Agreement agreement) {
        Agreement.Details d = agreement.details();
        boolean yearOnly = d.precision() == Agreement.Precision.YEAR && d.signedOn() != null;
        return new AgreementForm(String.valueOf(agreement.version()), null, d.kind().name(), Trilingual.of(d.title()),
                Trilingual.of(d.purpose()), d.concluded() ? "on" : null,
                d.signedOn() == null || yearOnly ? null : d.signedOn().toString(), yearOnly ? String.valueOf(d.signedOn().getYear()) : null,
                d.termMonths() == null ? null : String.valueOf(d.termMonths()), d.renewal().name(), d.currency(), plain(d.totalAmount()), d.amountsPublic() ? "on" : null,
                d.parties().stream().map(p -> p.partnerId().toString()).toList(),
                d.parties().stream().map(p -> plain(p.sharePercent())).toList(),
                d.parties().stream().map(p -> plain(p.shareAmount())).toList(),
                d.outcomes().stream().map(o -> o.kind().name()).toList(),
                d.outcomes().stream().map(o -> o.year() == null ? null : o.year().toString()).toList(),
                d.outcomes().stream().map(o -> o.title().in(Language.AR).orElse(null)).toList(),
                d.outcomes().stream().map(o -> o.title().in(Language.EN).orElse(null)).toList(),
                d.outcomes().stream().map(o -> o.title().in(Language.FR).orElse(null)).toList(),
                d.outcomes().stream().map(Outcome::link).toList(), d.sources(), d.keeper());
    }

    /** The value typed in row {@code index} of a list field, or null (for showing the rows again). */
    public String row(String field, int index) {
        List<String> values = switch (field) {
            case "party" -> party;
            case "percent" -> percent;
            case "amount" -> amount;
            case "outcomeKind" -> outcomeKind;
            case "outcomeYear" -> outcomeYear;
            case "outcomeAr" -> outcomeAr;
            case "outcomeEn" -> outcomeEn;
            case "outcomeFr" -> outcomeFr;
            case "outcomeLink" -> outcomeLink;
            default -> List.of();
        };
        return values != null && index < values.size() ? values.get(index) : null;
    }

    /** What the form says, checked; each problem goes into {@code errors} under its field. */
    Agreement.Details read(LocalDate today, Map<String, String> errors) {
        AgreementKind kindValue = choice(AgreementKind.class, kind, "kind", errors);
        Trilingual titles = Trilingual.orEmpty(title);
        LocalizedText titleText = titles.line();
        if (titleText.isEmpty()) {
            errors.put("title", "partners.error.title");
        } else if (titles.longerThan(TITLE_MAX)) {
            errors.put("title", "partners.error.too-long");
        }
        Trilingual purposes = Trilingual.orEmpty(purpose);
        if (purposes.longerThan(PURPOSE_MAX)) {
            errors.put("purpose", "partners.error.too-long");
        }
        LocalizedText purposeText = new LocalizedText(TextInput.block(purposes.ar()), TextInput.block(purposes.en()),
                TextInput.block(purposes.fr()));
        boolean isConcluded = "on".equals(concluded);
        LocalDate signed = null;
        Agreement.Precision precision = Agreement.Precision.DAY;
        String day = TextInput.line(signedOn);
        String year = TextInput.line(signedYear);
        if (day != null) {
            try {
                signed = LocalDate.parse(day);
                if (signed.isAfter(today) || signed.getYear() < 1950) {
                    errors.put("signedOn", "partners.error.date-range");
                }
            } catch (DateTimeParseException e) {
                errors.put("signedOn", "partners.error.date");
            }
        } else if (year != null) {
            if (!year.matches("\\d{4}") || Integer.parseInt(year) < 1950 || Integer.parseInt(year) > today.getYear()) {
                errors.put("signedOn", "partners.error.date-range");
            } else {
                signed = LocalDate.of(Integer.parseInt(year), 1, 1);
                precision = Agreement.Precision.YEAR;
            }
        }
        if (!isConcluded && signed != null) {
            errors.put("concluded", "partners.error.signed-draft");
        }
        // no term: open-ended, or one the source does not give
        Integer term = null;
        String months = TextInput.line(termMonths);
        if (months != null && (!months.matches("\\d{1,3}") || Integer.parseInt(months) < 1 || Integer.parseInt(months) > 600)) {
            errors.put("termMonths", "partners.error.term");
        } else if (months != null) {
            term = Integer.valueOf(months);
        }
        Renewal renewalValue = choice(Renewal.class, renewal, "renewal", errors);
        String currencyCode = TextInput.line(currency) == null ? null : TextInput.line(currency).toUpperCase(Locale.ROOT);
        BigDecimal totalAmount = number(total, "total", errors);
        List<Party> parties = parties(errors);
        if (!errors.containsKey("parties")) {
            FundingPlan.problems(currencyCode, totalAmount, parties).forEach((field, code) -> errors.putIfAbsent(field, "partners.error." + code));
        }
        List<Outcome> outcomes = outcomes(today, errors);
        String keeperAddress = TextInput.line(keeper);
        if (keeperAddress == null || !EmailAddress.wellFormed(keeperAddress)) {
            errors.put("keeper", "partners.error.keeper");
        } else {
            keeperAddress = EmailAddress.normalise(keeperAddress);
        }
        return new Agreement.Details(kindValue, titleText, purposeText, isConcluded, signed, precision, term, renewalValue, currencyCode,
                totalAmount, "on".equals(amountsPublic), parties, outcomes, TextInput.block(sources), keeperAddress);
    }

    private List<Party> parties(Map<String, String> errors) {
        List<Party> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int count = Math.max(size(party), Math.max(size(percent), size(amount)));
        if (count > PARTY_ROWS) {
            errors.put("parties", "partners.error.rows");
            return rows;
        }
        for (int i = 0; i < count; i++) {
            String partner = TextInput.line(row("party", i));
            String share = TextInput.line(row("percent", i));
            String money = TextInput.line(row("amount", i));
            if (partner == null && share == null && money == null) {
                continue;
            }
            if (partner == null) {
                errors.putIfAbsent("parties", "partners.error.party-missing");
                continue;
            }
            UUID id;
            try {
                id = UUID.fromString(partner);
            } catch (IllegalArgumentException e) {
                errors.putIfAbsent("parties", "partners.error.parties");
                continue;
            }
            if (!seen.add(partner)) {
                errors.putIfAbsent("parties", "partners.error.party-twice");
                continue;
            }
            BigDecimal sharePercent = number(share, "shares", errors);
            BigDecimal shareAmount = number(money, "shares", errors);
            rows.add(new Party(id, sharePercent, shareAmount));
        }
        if (rows.size() < 2) {
            errors.putIfAbsent("parties", "partners.error.parties");
        }
        return rows;
    }

    private List<Outcome> outcomes(LocalDate today, Map<String, String> errors) {
        List<Outcome> rows = new ArrayList<>();
        int count = Math.max(Math.max(size(outcomeKind), size(outcomeYear)), Math.max(Math.max(size(outcomeAr), size(outcomeEn)),
                Math.max(size(outcomeFr), size(outcomeLink))));
        if (count > OUTCOME_ROWS) {
            errors.put("outcomes", "partners.error.rows");
            return rows;
        }
        for (int i = 0; i < count; i++) {
            String kindText = TextInput.line(row("outcomeKind", i));
            String yearText = TextInput.line(row("outcomeYear", i));
            Trilingual typed = new Trilingual(row("outcomeAr", i), row("outcomeEn", i), row("outcomeFr", i));
            LocalizedText titleText = typed.line();
            String link = TextInput.line(row("outcomeLink", i));
            if (kindText == null && yearText == null && titleText.isEmpty() && link == null) {
                continue;
            }
            Outcome.Kind outcome = null;
            try {
                outcome = kindText == null ? null : Outcome.Kind.valueOf(kindText);
            } catch (IllegalArgumentException e) {
                // reported below
            }
            if (outcome == null || titleText.isEmpty()) {
                errors.putIfAbsent("outcomes", "partners.error.outcome-incomplete");
                continue;
            }
            if (typed.longerThan(TITLE_MAX)) {
                errors.putIfAbsent("outcomes", "partners.error.too-long");
            }
            Integer yearValue = null;
            if (yearText != null) {
                if (!yearText.matches("\\d{4}") || Integer.parseInt(yearText) < 1950 || Integer.parseInt(yearText) > today.getYear() + 5) {
                    errors.putIfAbsent("outcomes", "partners.error.outcome-year");
                    continue;
                }
                yearValue = Integer.valueOf(yearText);
            }
            // a page of the portal ("/en/trainings/…") or an address on the web
            if (link != null && !(link.matches("/(ar|en|fr)/[A-Za-z0-9/._~%-]{0,400}") || TextInput.webAddress(link)) || link != null && link.length() > 500) {
                errors.putIfAbsent("outcomes", "partners.error.outcome-link");
                continue;
            }
            rows.add(new Outcome(outcome, yearValue, titleText, link));
        }
        return rows;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String typed, String field, Map<String, String> errors) {
        try {
            return Enum.valueOf(type, typed == null ? "" : typed.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "partners.error.required");
            return null;
        }
    }

    private static BigDecimal number(String typed, String field, Map<String, String> errors) {
        try {
            return Decimals.parse(typed);
        } catch (NumberFormatException e) {
            errors.putIfAbsent(field, "partners.error.number");
            return null;
        }
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
