package org.turath.risk.web;

import jakarta.validation.constraints.Size;
import org.turath.risk.Vocabulary;
import org.turath.risk.domain.ReportContent;
import org.turath.risk.domain.RiskReport;
import org.turath.risk.domain.Vocabularies;
import org.turath.shared.LocalizedText;
import org.turath.shared.TextInput;
import org.turath.web.FormRecord;
import org.turath.web.Trilingual;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A condition report as its form posts it. Causes and threats are rows of a factor and its certainty (or probability),
 * posted as {@code causeFactor[0]}, {@code causeCertainty[0]}…; a row left empty is ignored, a half-filled one is an
 * error. Codes are checked against the vocabularies' current terms.
 */
record ReportForm(String version, String submission, String item, String component, String assessedOn, String imageryOn,
                  String assessment, @Size(max = 200, message = "risk.error.too-long") String assessor, String condition,
                  String extent, Trilingual summary, Trilingual action, String priority, List<String> causeFactor,
                  List<String> causeCertainty, List<String> effects, List<String> threatFactor, List<String> threatProbability,
                  @Size(max = 8000, message = "risk.error.too-long") String sources, String sensitive, String latitude,
                  String longitude) implements FormRecord {

    static final int CAUSE_ROWS = 6;
    static final int THREAT_ROWS = 4;
    private static final int SUMMARY_MAX = 8000;
    private static final int ACTION_MAX = 4000;

    static ReportForm empty(String item) {
        return new ReportForm(null, null, item, null, null, null, null, null, null, null, null, null, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), null, null, null, null);
    }

    static ReportForm of(RiskReport report) {
        ReportContent c = report.content();
        return new ReportForm(String.valueOf(report.version()), null, c.itemReference(),
                c.componentPosition() == null ? null : c.componentPosition().toString(), c.assessedOn().toString(),
                c.imageryOn() == null ? null : c.imageryOn().toString(), c.assessment(), c.assessor(), c.condition(), c.extent(),
                Trilingual.of(c.summary()), Trilingual.of(c.action()), c.priority(),
                c.causes().stream().map(ReportContent.Cause::factor).toList(),
                c.causes().stream().map(ReportContent.Cause::certainty).toList(), List.copyOf(c.effects()),
                c.threats().stream().map(ReportContent.Threat::factor).toList(),
                c.threats().stream().map(ReportContent.Threat::probability).toList(), c.sources(), c.sensitive() ? "on" : null,
                c.latitude() == null ? null : c.latitude().toString(), c.longitude() == null ? null : c.longitude().toString());
    }

    /** The value typed in row {@code index} of a list field, or null (for showing the rows again). */
    public String row(String field, int index) {
        List<String> values = switch (field) {
            case "causeFactor" -> causeFactor;
            case "causeCertainty" -> causeCertainty;
            case "threatFactor" -> threatFactor;
            case "threatProbability" -> threatProbability;
            default -> List.of();
        };
        return values != null && index < values.size() ? values.get(index) : null;
    }

    public boolean hasEffect(String code) {
        return effects != null && effects.contains(code);
    }

    /** What the form says, checked; each problem goes into {@code errors} under its field. */
    ReportContent read(Vocabularies vocabularies, LocalDate today, Map<String, String> errors) {
        String reference = Optional.ofNullable(TextInput.line(item)).map(s -> s.toUpperCase(Locale.ROOT)).orElse("");
        if (!reference.matches("[A-Z]{2,5}-\\d{1,9}")) {
            errors.put("item", "risk.error.item");
        }
        Integer componentPosition = null;
        if (TextInput.line(component) != null) {
            try {
                componentPosition = Integer.valueOf(component.strip());
            } catch (NumberFormatException e) {
                errors.put("component", "risk.error.component");
            }
        }
        LocalDate assessed = date(assessedOn, "assessedOn", true, today, errors);
        LocalDate imagery = date(imageryOn, "imageryOn", false, today, errors);
        if (assessed != null && imagery != null && imagery.isAfter(assessed)) {
            errors.put("imageryOn", "risk.error.imagery-after");
        }
        String assessmentCode = code(vocabularies, Vocabulary.ASSESSMENT, assessment, "assessment", true, errors);
        String assessorName = TextInput.line(assessor);
        if (assessorName == null) {
            errors.putIfAbsent("assessor", "risk.error.assessor");
        }
        String conditionCode = code(vocabularies, Vocabulary.CONDITION, condition, "condition", true, errors);
        String extentCode = code(vocabularies, Vocabulary.EXTENT, extent, "extent", true, errors);
        String priorityCode = code(vocabularies, Vocabulary.PRIORITY, priority, "priority", false, errors);
        LocalizedText summaryText = block(summary, SUMMARY_MAX, "summary", errors);
        LocalizedText actionText = block(action, ACTION_MAX, "action", errors);
        if (priorityCode != null && actionText.isEmpty()) {
            errors.put("action", "risk.error.action");
        }
        List<ReportContent.Cause> causes = new ArrayList<>();
        for (String[] row : rows(causeFactor, causeCertainty, CAUSE_ROWS, Vocabulary.CERTAINTY, "causes", vocabularies, errors)) {
            causes.add(new ReportContent.Cause(row[0], row[1]));
        }
        List<ReportContent.Threat> threats = new ArrayList<>();
        for (String[] row : rows(threatFactor, threatProbability, THREAT_ROWS, Vocabulary.PROBABILITY, "threats", vocabularies, errors)) {
            threats.add(new ReportContent.Threat(row[0], row[1]));
        }
        Set<String> effectCodes = new LinkedHashSet<>();
        for (String effect : Optional.ofNullable(effects).orElse(List.of())) {
            if (!vocabularies.offered(Vocabulary.EFFECT, effect)) {
                errors.put("effects", "risk.error.code");
            } else {
                effectCodes.add(effect);
            }
        }
        String sourceText = TextInput.block(sources);
        Double lat = degrees(latitude, 90, errors);
        Double lon = degrees(longitude, 180, errors);
        if ((lat == null) != (lon == null) && !errors.containsKey("position")) {
            errors.put("position", "risk.error.position");
        }
        return new ReportContent(reference, componentPosition, assessed, imagery, assessmentCode, assessorName, conditionCode,
                extentCode, summaryText, actionText, priorityCode, causes, effectCodes, threats, sourceText, "on".equals(sensitive),
                lat == null || lon == null ? null : lat, lat == null || lon == null ? null : lon);
    }

    /** A latitude or a longitude typed (or given by the device) in decimal degrees, within {@code max}; none if blank. */
    private static Double degrees(String typed, double max, Map<String, String> errors) {
        String value = TextInput.line(typed);
        if (value == null) {
            return null;
        }
        try {
            double degrees = Double.parseDouble(value.replace('٫', '.').replace(',', '.'));
            if (Double.isFinite(degrees) && Math.abs(degrees) <= max) {
                return Math.round(degrees * 1_000_000d) / 1_000_000d;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        errors.put("position", "risk.error.position");
        return null;
    }

    private static LocalDate date(String typed, String field, boolean required, LocalDate today, Map<String, String> errors) {
        String value = TextInput.line(typed);
        if (value == null) {
            if (required) {
                errors.put(field, "risk.error.date");
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isAfter(today) || date.getYear() < 1900) {
                errors.put(field, "risk.error.date-range");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.put(field, "risk.error.date");
            return null;
        }
    }

    private static String code(Vocabularies vocabularies, Vocabulary vocabulary, String typed, String field, boolean required,
                               Map<String, String> errors) {
        String value = TextInput.line(typed);
        if (value == null) {
            if (required) {
                errors.put(field, "risk.error.required");
            }
            return null;
        }
        if (!vocabularies.offered(vocabulary, value)) {
            errors.put(field, "risk.error.code");
            return null;
        }
        return value;
    }

    private static LocalizedText block(Trilingual typed, int max, String field, Map<String, String> errors) {
        Trilingual text = Trilingual.orEmpty(typed);
        if (text.longerThan(max)) {
            errors.put(field, "risk.error.too-long");
        }
        return new LocalizedText(TextInput.block(text.ar()), TextInput.block(text.en()), TextInput.block(text.fr()));
    }

    /** Filled rows of a factor and its qualifier, each checked; no factor twice. */
    private static List<String[]> rows(List<String> factors, List<String> qualifiers, int max, Vocabulary qualifier, String field,
                                       Vocabularies vocabularies, Map<String, String> errors) {
        List<String[]> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int count = Math.max(Optional.ofNullable(factors).map(List::size).orElse(0), Optional.ofNullable(qualifiers).map(List::size).orElse(0));
        if (count > max) {
            errors.put(field, "risk.error.rows");
            return rows;
        }
        for (int i = 0; i < count; i++) {
            String factor = TextInput.line(factors != null && i < factors.size() ? factors.get(i) : null);
            String qualified = TextInput.line(qualifiers != null && i < qualifiers.size() ? qualifiers.get(i) : null);
            if (factor == null && qualified == null) {
                continue;
            }
            if (factor == null || qualified == null) {
                errors.put(field, "risk.error.row-incomplete");
            } else if (!vocabularies.offered(Vocabulary.FACTOR, factor) || !vocabularies.offered(qualifier, qualified)) {
                errors.put(field, "risk.error.code");
            } else if (!seen.add(factor)) {
                errors.put(field, "risk.error.row-twice");
            } else {
                rows.add(new String[]{factor, qualified});
            }
        }
        return rows;
    }
}
