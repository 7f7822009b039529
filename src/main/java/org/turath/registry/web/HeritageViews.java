package org.turath.registry.web;

import org.springframework.stereotype.Component;
import org.turath.geo.CountryInfo;
import org.turath.geo.GeoApi;
import org.turath.geo.RegionInfo;
import org.turath.registry.CriterionInfo;
import org.turath.registry.HeritageDetail;
import org.turath.registry.HeritageSummary;
import org.turath.shared.Language;
import org.turath.shared.Localized;
import org.turath.shared.LocalizedDates;
import org.turath.shared.LocalizedText;
import org.turath.shared.RichText;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns registry records into what pages show, in the reader's language, with fallbacks marked. */
@Component
class HeritageViews {

    record StateName(String iso2, String name) {
    }

    /** A result of the List; {@code image} is its first photograph's thumbnail, or its generated banner ({@code photo} false). */
    record Card(String reference, Localized name, String kind, String status, List<StateName> states, Localized stateLabel,
                Integer year, String image, boolean photo) {
    }

    record CriterionView(String code, Localized description) {
    }

    record ComponentView(int position, Localized name, Double latitude, Double longitude) {
    }

    record HistoryEntry(String status, String when, Localized reason, String decisionRef) {
    }

    record OtherName(String lang, String dir, String text) {
    }

    record Page(String reference, Localized name, List<OtherName> otherNames, String kind, String status,
                List<StateName> states, Localized stateLabel, List<String> regions, Optional<RichText.LocalizedHtml> description,
                List<CriterionView> criteria, List<ComponentView> components, List<HistoryEntry> history,
                Double latitude, Double longitude, String coordinates, String area, Integer year, Integer unescoIdNo, String updated,
                boolean sensitive) {
    }

    private static final Localized MISSING = new Localized("—", Language.DEFAULT, false);

    private final GeoApi geo;
    private final org.turath.registry.RegistryApi registry;

    HeritageViews(GeoApi geo, org.turath.registry.RegistryApi registry) {
        this.geo = geo;
        this.registry = registry;
    }

    List<Card> cards(Collection<HeritageSummary> summaries, Language language) {
        Map<String, CountryInfo> countries = geo.countries(summaries.stream()
                .flatMap(summary -> summary.states().stream()).collect(Collectors.toSet()));
        Map<String, java.util.UUID> covers = registry.covers(summaries.stream().map(HeritageSummary::reference).toList());
        return summaries.stream().map(summary -> {
            java.util.UUID cover = covers.get(summary.reference());
            return new Card(summary.reference(), text(summary.name(), language),
                    enumKey(summary.kind()), enumKey(summary.status()), stateNames(summary.states(), countries, language),
                    summary.stateLabel().resolve(language).orElse(null), summary.inscriptionYear(),
                    cover != null ? "/media/" + cover + "/thumb" : banner(summary.reference()), cover != null);
        }).toList();
    }

    /** The generated banner of an item without a photograph. */
    static String banner(String reference) {
        return "/art/heritage/" + reference + ".svg";
    }

    Page page(HeritageDetail item, Language language) {
        Map<String, CountryInfo> countries = geo.countries(item.states());
        Map<String, RegionInfo> regions = geo.regions().stream().collect(Collectors.toMap(RegionInfo::code, r -> r));
        Localized shown = text(item.name(), language);
        // a name spelt the same in two languages (Kairouan, Kairouan) is said once
        java.util.Set<String> said = new java.util.HashSet<>(List.of(shown.text()));
        List<OtherName> otherNames = java.util.Arrays.stream(Language.values())
                .filter(other -> other != language)
                .flatMap(other -> item.name().in(other).filter(said::add).map(text -> new OtherName(other.tag(), other.dir(), text)).stream())
                .toList();
        return new Page(item.reference(), shown, otherNames, enumKey(item.kind()), enumKey(item.status()),
                stateNames(item.states(), countries, language), item.stateLabel().resolve(language).orElse(null),
                sortedRegionNames(item.regions(), regions, language), item.description().resolve(language),
                item.criteria().stream().map(c -> criterion(c, language)).toList(),
                item.components().stream().map(c -> new ComponentView(c.position(), text(c.name(), language), c.latitude(),
                        c.longitude())).toList(),
                item.statusHistory().stream().map(change -> new HistoryEntry(enumKey(change.status()),
                        change.yearOnly() ? String.valueOf(change.effectiveDate().getYear())
                                : LocalizedDates.format(change.effectiveDate(), language),
                        change.reason().resolve(language).orElse(null), change.decisionRef())).toList(),
                item.latitude(), item.longitude(),
                item.located() ? String.format(java.util.Locale.ROOT, item.sensitive() ? "%.1f, %.1f" : "%.5f, %.5f",
                        item.latitude(), item.longitude()) : null,
                // UNESCO writes 0 where the area is not known
                item.areaHectares() == null || item.areaHectares().signum() == 0 ? null : com.ibm.icu.text.NumberFormat.getInstance(
                        com.ibm.icu.util.ULocale.forLocale(language.locale())).format(item.areaHectares()),
                item.inscriptionYear(), item.unescoIdNo(), LocalizedDates.format(item.updatedAt(), language), item.sensitive());
    }

    static CriterionView criterion(CriterionInfo criterion, Language language) {
        return new CriterionView(criterion.code(), criterion.description().resolve(language).orElse(MISSING));
    }

    private static List<String> sortedRegionNames(Set<String> codes, Map<String, RegionInfo> regions, Language language) {
        return codes.stream().map(regions::get).filter(java.util.Objects::nonNull).map(region -> region.name(language)).sorted().toList();
    }

    private static List<StateName> stateNames(List<String> codes, Map<String, CountryInfo> countries, Language language) {
        return codes.stream().map(code -> new StateName(code,
                Optional.ofNullable(countries.get(code)).map(country -> country.name(language)).orElse(code))).toList();
    }

    static Localized text(LocalizedText text, Language language) {
        return text.resolve(language).orElse(MISSING);
    }

    /** Message-key form of an enum constant: IN_DANGER → in-danger. */
    static String enumKey(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The published fields of an item without one of the languages: "name.ar", "description.fr"… (message keys' tails). */
    static List<String> gaps(org.turath.registry.domain.BackOfficeRow row) {
        List<String> gaps = new java.util.ArrayList<>();
        for (Language language : Language.values()) {
            if (row.name().in(language).isEmpty()) {
                gaps.add("name." + language.tag());
            }
        }
        for (Language language : Language.values()) {
            if (!row.describedIn().contains(language)) {
                gaps.add("description." + language.tag());
            }
        }
        return gaps;
    }
}
