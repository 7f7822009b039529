package org.turath.geo;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.geo.domain.Countries;
import org.turath.geo.domain.Country;
import org.turath.geo.domain.Region;
import org.turath.geo.domain.Regions;
import org.turath.shared.Language;
import org.turath.shared.NameCollator;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Countries, member states and regions for the other modules. Small reference tables, cached by the caller if needed. */
@Service
@Transactional(readOnly = true)
public class GeoApi {

    private final Countries countries;
    private final Regions regions;

    GeoApi(Countries countries, Regions regions) {
        this.countries = countries;
        this.regions = regions;
    }

    public Optional<CountryInfo> country(String iso2) {
        return iso2 == null ? Optional.empty() : countries.findById(iso2.toUpperCase(java.util.Locale.ROOT)).map(Country::toInfo);
    }

    public Map<String, CountryInfo> countries(Collection<String> iso2Codes) {
        return countries.findAllById(iso2Codes).stream().map(Country::toInfo)
                .collect(Collectors.toMap(CountryInfo::iso2, Function.identity()));
    }

    /** Member states, sorted by name in the reader's language with that language's collation. */
    public List<CountryInfo> memberStates(Language language) {
        Comparator<CountryInfo> byName = Comparator.comparing(c -> c.name(language), NameCollator.forLanguage(language));
        return countries.findByMembership(Membership.MEMBER).stream().map(Country::toInfo).sorted(byName).toList();
    }

    /** Every country, sorted by name in the reader's language (for choosing where a body is based). */
    public List<CountryInfo> allCountries(Language language) {
        Comparator<CountryInfo> byName = Comparator.comparing(c -> c.name(language), NameCollator.forLanguage(language));
        return countries.findAll().stream().map(Country::toInfo).sorted(byName).toList();
    }

    public Set<String> memberStateCodes() {
        return countries.findByMembership(Membership.MEMBER).stream().map(Country::iso2).collect(Collectors.toUnmodifiableSet());
    }

    public List<RegionInfo> regions() {
        return regions.findAll().stream().map(Region::toInfo).toList();
    }
}
