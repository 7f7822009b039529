package org.turath.search.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.turath.geo.CountryInfo;
import org.turath.geo.GeoApi;
import org.turath.geo.RegionInfo;
import org.turath.search.SearchResult;
import org.turath.shared.Language;
import org.turath.shared.Localized;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Facets and hits in words, in the reader's language. */
@Component
class SearchViews {

    record FacetOption(String value, String label, long count, boolean selected) {
    }

    record Facet(String name, String parameter, List<FacetOption> options) {
    }

    record HitView(String type, String reference, Localized name, org.turath.shared.Html nameHighlight, org.turath.shared.Html snippet, String snippetLang, String kind,
                   String status, List<String> states, Integer year, String page) {
    }

    private final MessageSource messages;
    private final GeoApi geo;

    SearchViews(MessageSource messages, GeoApi geo) {
        this.messages = messages;
        this.geo = geo;
    }

    List<Facet> facets(SearchResult result, Language language) {
        Map<String, CountryInfo> countries = geo.countries(result.facets().getOrDefault("state", List.of()).stream()
                .map(SearchResult.FacetCount::value).toList());
        Map<String, RegionInfo> regions = geo.regions().stream().collect(Collectors.toMap(RegionInfo::code, Function.identity()));
        Locale locale = language.locale();
        return SearchResult.FACETS.stream()
                .filter(name -> !result.facets().getOrDefault(name, List.of()).isEmpty())
                .map(name -> {
                    Function<String, String> label = switch (name) {
                        case "type" -> value -> messages.getMessage("search.type." + value, null, value, locale);
                        case "kind" -> value -> messages.getMessage("heritage.kind." + key(value), null, value, locale);
                        case "status" -> value -> messages.getMessage("heritage.status." + key(value), null, value, locale);
                        case "state" -> value -> Optional.ofNullable(countries.get(value)).map(c -> c.name(language)).orElse(value);
                        case "region" -> value -> Optional.ofNullable(regions.get(value)).map(r -> r.name(language)).orElse(value);
                        case "criterion" -> value -> "(" + value.substring(value.indexOf(':') + 1) + ")";
                        case "decade" -> value -> messages.getMessage("search.decade", new Object[]{value}, locale);
                        default -> value -> messages.getMessage("search.facet.danger.true", null, locale);
                    };
                    Comparator<FacetOption> order = switch (name) {
                        case "state", "region" -> Comparator.comparing(FacetOption::label,
                                org.turath.shared.NameCollator.forLanguage(language));
                        case "criterion" -> Comparator.comparing((FacetOption option) -> option.value().substring(0, option.value().indexOf(':') + 1))
                                .thenComparingInt(option -> romanValue(option.value().substring(option.value().indexOf(':') + 1)));
                        default -> (a, b) -> 0;
                    };
                    List<FacetOption> options = result.facets().get(name).stream()
                            .map(count -> new FacetOption(name.equals("kind") || name.equals("status") ? key(count.value()) : count.value(),
                                    label.apply(count.value()), count.count(), count.selected()))
                            .sorted(order)
                            .toList();
                    return new Facet(name, name, options);
                })
                .toList();
    }

    List<HitView> hits(SearchResult result, Language language) {
        Map<String, CountryInfo> countries = geo.countries(result.hits().stream()
                .flatMap(hit -> hit.states().stream()).collect(Collectors.toSet()));
        return result.hits().stream().map(hit -> new HitView(hit.type(), hit.reference(),
                hit.name().resolve(language).orElse(new Localized(hit.reference(), language, false)), hit.nameHighlight(),
                hit.snippet(), hit.snippetLang(), key(hit.kind()), key(hit.status()),
                hit.states().stream().map(code -> Optional.ofNullable(countries.get(code)).map(c -> c.name(language)).orElse(code))
                        .toList(),
                hit.year(), hit.page())).toList();
    }

    /** (i) … (x) in numeric order, not alphabetical ((ix) before (v)). */
    private static int romanValue(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int value = switch (numeral.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                default -> 0;
            };
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }

    private static String key(String constant) {
        return constant == null ? null : constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
