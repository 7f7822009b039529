package org.turath.registry.web;

import org.springframework.stereotype.Component;
import org.turath.geo.CountryInfo;
import org.turath.geo.GeoApi;
import org.turath.registry.HeritageKind;
import org.turath.registry.ListFigures;
import org.turath.registry.RegistryApi;
import org.turath.shared.Language;
import org.turath.web.FiguresSection;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The List itself on the "In figures" page: totals, items by kind, inscriptions by decade, items per state. */
@Component
class ListFiguresSection implements FiguresSection {

    /** What the fragment draws. */
    record View(ListFigures figures, List<HeritageKind> kinds, long largest, Map<String, CountryInfo> countries) {

        /** The message-key form of a kind (TANGIBLE_CULTURAL → tangible-cultural). */
        public String key(HeritageKind kind) {
            return HeritageViews.enumKey(kind);
        }
    }

    private final RegistryApi registry;
    private final GeoApi geo;

    ListFiguresSection(RegistryApi registry, GeoApi geo) {
        this.registry = registry;
        this.geo = geo;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public String template() {
        return "registry/figures";
    }

    @Override
    public Optional<Object> content(Language language) {
        ListFigures figures = registry.figures();
        if (figures.totals().total() == 0) {
            return Optional.empty();
        }
        List<HeritageKind> kinds = Arrays.stream(HeritageKind.values()).filter(kind -> figures.totals().ofKind(kind) > 0).toList();
        long largest = figures.states().stream().mapToLong(ListFigures.State::items).max().orElse(1);
        return Optional.of(new View(figures, kinds, largest,
                geo.countries(figures.states().stream().map(ListFigures.State::iso2).collect(Collectors.toSet()))));
    }
}
