package org.turath.risk.web;

import org.springframework.stereotype.Component;
import org.turath.geo.CountryInfo;
import org.turath.geo.GeoApi;
import org.turath.registry.HeritageSummary;
import org.turath.registry.RegistryApi;
import org.turath.risk.Vocabulary;
import org.turath.risk.domain.ReportContent;
import org.turath.risk.domain.RiskReport;
import org.turath.risk.domain.Term;
import org.turath.risk.domain.Vocabularies;
import org.turath.shared.Language;
import org.turath.shared.Localized;
import org.turath.shared.LocalizedDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reports as pages show them: codes turned into labels in the reader's language, the item named, positions coarsened when sensitive. */
@Component
class RiskViews {

    private final Vocabularies vocabularies;
    private final RegistryApi registry;
    private final GeoApi geo;

    private final org.springframework.context.MessageSource messages;

    RiskViews(Vocabularies vocabularies, RegistryApi registry, GeoApi geo, org.springframework.context.MessageSource messages) {
        this.vocabularies = vocabularies;
        this.registry = registry;
        this.geo = geo;
        this.messages = messages;
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }

    /** A report in a list: the item, when, the condition and the extent, the causes. */
    record Card(String id, String itemReference, Localized itemName, String stateName, LocalDate assessedOn, String assessed, String condition,
                String conditionLabel, String extentLabel, List<String> causes, String priorityLabel, boolean demonstration,
                boolean listed) {
    }

    /** A report in full. */
    record Page(Card card, String assessmentLabel, String assessor, String imagery, Localized summary, Localized action,
                List<String> causes, List<String> effects, List<String> threats, List<String> sources, String component,
                int vocabularyVersion, String published, boolean sensitive, Double latitude, Double longitude, boolean positionRounded) {
    }

    /** A place on the map of reports. */
    record Marker(String name, double lat, double lon) {
    }

    List<Card> cards(List<RiskReport> reports, Language language) {
        Map<String, HeritageSummary> items = items(reports);
        Map<String, CountryInfo> countries = geo.countries(reports.stream().map(RiskReport::state).filter(s -> s != null).toList());
        return reports.stream().map(report -> card(report, items.get(report.itemReference()), countries, language)).toList();
    }

    Page page(RiskReport report, Language language) {
        Map<String, HeritageSummary> items = items(List.of(report));
        Map<String, CountryInfo> countries = report.state() == null ? Map.of() : geo.countries(List.of(report.state()));
        Card card = card(report, items.get(report.itemReference()), countries, language);
        boolean rounded = report.sensitive() || registry.find(report.itemReference()).map(item -> item.sensitive()).orElse(true);
        String component = null;
        if (report.componentPosition() != null) {
            component = registry.find(report.itemReference()).flatMap(item -> item.components().stream()
                    .filter(c -> c.position() == report.componentPosition()).findFirst())
                    .flatMap(c -> c.name().resolve(language)).map(Localized::text).orElse(null);
        }
        return new Page(card, label(Vocabulary.ASSESSMENT, report.assessment(), language), report.assessor(),
                report.imageryOn() == null ? null : LocalizedDates.format(report.imageryOn(), language),
                report.summary().resolve(language).orElse(null), report.action().resolve(language).orElse(null),
                report.causes().stream().map(c -> vocabularies.factorLabel(c.factor(), language) + " — "
                        + label(Vocabulary.CERTAINTY, c.certainty(), language)).toList(),
                effects(report, language),
                report.threats().stream().map(t -> vocabularies.factorLabel(t.factor(), language) + " — "
                        + label(Vocabulary.PROBABILITY, t.probability(), language)).toList(),
                report.sourceLines(), component, report.vocabularyVersion(),
                report.publishedAt() == null ? null : LocalizedDates.format(report.publishedAt(), language), report.sensitive(),
                publicDegrees(report.latitude(), rounded), publicDegrees(report.longitude(), rounded), rounded && report.latitude() != null);
    }

    /** Where an assessment was made as the public may see it: rounded like the registry's positions for a sensitive place. */
    private static Double publicDegrees(Double degrees, boolean rounded) {
        return degrees == null ? null : rounded ? coarse(degrees) : degrees;
    }

    /** The items of these reports on the map, once each, coarsened where a report on them is sensitive. */
    List<Marker> markers(List<RiskReport> reports, Language language) {
        Map<String, HeritageSummary> items = items(reports);
        Map<String, Boolean> sensitive = new LinkedHashMap<>();
        reports.forEach(r -> sensitive.merge(r.itemReference(), r.sensitive(), Boolean::logicalOr));
        List<Marker> markers = new ArrayList<>();
        sensitive.forEach((reference, coarse) -> {
            HeritageSummary item = items.get(reference);
            if (item != null && item.latitude() != null && item.longitude() != null) {
                markers.add(new Marker(item.name().resolve(language).map(Localized::text).orElse(reference),
                        coarse ? coarse(item.latitude()) : item.latitude(), coarse ? coarse(item.longitude()) : item.longitude()));
            }
        });
        return markers;
    }

    /** Where a sensitive place is shown to the public (the registry's rounding, about 11 km). */
    static double coarse(double degrees) {
        return org.turath.registry.PublicPosition.of(degrees, true);
    }

    List<String> effects(RiskReport report, Language language) {
        return vocabularies.current(Vocabulary.EFFECT).stream().map(Term::code).filter(report.effects()::contains)
                .map(code -> label(Vocabulary.EFFECT, code, language)).toList();
    }

    String label(Vocabulary vocabulary, String code, Language language) {
        return code == null ? null : vocabularies.label(vocabulary, code, language);
    }

    /** The terms of a vocabulary a form offers, code → label. */
    Map<String, String> options(Vocabulary vocabulary, Language language) {
        return vocabularies.current(vocabulary).stream().collect(Collectors.toMap(Term::code,
                term -> term.label().in(language).orElse(term.code()), (a, b) -> a, LinkedHashMap::new));
    }

    /** The primary factors, code → "9 Other human activities". */
    Map<String, String> primaryFactors(Language language) {
        Map<String, String> names = new LinkedHashMap<>();
        vocabularies.current(Vocabulary.FACTOR).stream().filter(Term::primary)
                .forEach(term -> names.put(term.code(), vocabularies.factorLabel(term.code(), language)));
        return names;
    }

    /** The factors, grouped under their primary factor: primary label → (code → "9.4 War"). */
    Map<String, Map<String, String>> factorGroups(Language language) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        Map<String, String> primaryNames = new LinkedHashMap<>();
        for (Term term : vocabularies.current(Vocabulary.FACTOR)) {
            if (term.primary()) {
                String name = vocabularies.factorLabel(term.code(), language);
                primaryNames.put(term.code(), name);
                groups.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(term.code(), name);
            } else {
                groups.computeIfAbsent(primaryNames.get(term.parent()), n -> new LinkedHashMap<>())
                        .put(term.code(), vocabularies.factorLabel(term.code(), language));
            }
        }
        return groups;
    }

    private Card card(RiskReport report, HeritageSummary item, Map<String, CountryInfo> countries, Language language) {
        Localized name = item == null ? new Localized(report.itemReference(), language, false)
                : item.name().resolve(language).orElse(new Localized(report.itemReference(), language, false));
        CountryInfo country = report.state() == null ? null : countries.get(report.state());
        List<String> causes = report.causes().stream().map(ReportContent.Cause::factor)
                .map(factor -> vocabularies.factorLabel(factor, language)).toList();
        return new Card(report.id().toString(), report.itemReference(), name, country == null ? null : country.name(language),
                report.assessedOn(), LocalizedDates.format(report.assessedOn(), language), report.condition(), label(Vocabulary.CONDITION, report.condition(), language),
                label(Vocabulary.EXTENT, report.extent(), language), causes, label(Vocabulary.PRIORITY, report.priority(), language),
                report.demonstration(), item != null);
    }

    private Map<String, HeritageSummary> items(List<RiskReport> reports) {
        List<String> references = reports.stream().map(RiskReport::itemReference).distinct().toList();
        return registry.summaries(references).stream().collect(Collectors.toMap(HeritageSummary::reference, Function.identity(),
                (a, b) -> a));
    }

    /** Colours of the conditions, from good to destroyed, as the badges have them. */
    private static final Map<String, String> CONDITION_COLOURS = Map.of("good", "#0b5d52", "fair", "#7a6412", "poor", "#a14a0b",
            "very-bad", "#b02a37", "destroyed", "#3b1d1d");

    /** The figures' charts (reports by year, items by condition), for the page's chart script: the tables' numbers. */
    Map<String, Object> charts(org.turath.risk.internal.RiskFigures.Figures figures, Language language) {
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("risk-by-year", Map.of("chart", "bar", "columns", List.of(text("risk.figures.count", language)),
                "labels", figures.byYear().keySet().stream().map(String::valueOf).toList(),
                "series", List.of(List.copyOf(figures.byYear().values()))));
        Map<String, String> conditions = options(org.turath.risk.Vocabulary.CONDITION, language);
        List<String> shown = conditions.keySet().stream().filter(figures.byCondition()::containsKey).toList();
        charts.put("risk-by-condition", Map.of("chart", "bar", "columns", List.of(text("risk.figures.item-count", language)),
                "labels", shown.stream().map(conditions::get).toList(),
                "series", List.of(shown.stream().map(figures.byCondition()::get).toList()),
                "colours", shown.stream().map(c -> CONDITION_COLOURS.getOrDefault(c, "#55636a")).toList()));
        return charts;
    }
}
