package org.turath.geo;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.turath.geo.domain.Countries;
import org.turath.geo.domain.Country;
import org.turath.geo.domain.Region;
import org.turath.geo.domain.Regions;
import org.turath.geo.internal.ReferenceCountriesLoader;
import org.turath.shared.Language;
import org.turath.shared.NameCollator;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Countries, member states and regions for the other modules. The two tables are reference data — written by the
 * migrations and by the reference loader at start-up, never by a user — so they are read once into an immutable
 * snapshot and every page reads that (a heritage page asked for its countries and regions on every drawing). The
 * loader's change is read again once committed.
 */
@Service
@Transactional(readOnly = true)
public class GeoApi {

    private final Countries countries;
    private final Regions regions;
    private volatile Snapshot snapshot;

    GeoApi(Countries countries, Regions regions) {
        this.countries = countries;
        this.regions = regions;
    }

    public Optional<CountryInfo> country(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(snapshot().byCode.get(iso2.toUpperCase(Locale.ROOT)));
    }

    /** The countries of the codes given that exist, by code. */
    public Map<String, CountryInfo> countries(Collection<String> iso2Codes) {
        Map<String, CountryInfo> all = snapshot().byCode;
        Map<String, CountryInfo> found = new LinkedHashMap<>();
        for (String code : iso2Codes) {
            CountryInfo country = code == null ? null : all.get(code);
            if (country != null) {
                found.put(code, country);
            }
        }
        return found;
    }

    /** Member states, sorted by name in the reader's language with that language's collation. */
    public List<CountryInfo> memberStates(Language language) {
        return snapshot().members.get(language);
    }

    /** Every country, sorted by name in the reader's language (for choosing where a body is based). */
    public List<CountryInfo> allCountries(Language language) {
        return snapshot().all.get(language);
    }

    public Set<String> memberStateCodes() {
        return snapshot().memberCodes;
    }

    public List<RegionInfo> regions() {
        return snapshot().regions;
    }

    /** Reads the tables again once the reference loader's change is committed. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void reload(ReferenceCountriesLoader.Changed changed) {
        snapshot = null;
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = new Snapshot(countries.findAll().stream().map(Country::toInfo).toList(),
                    regions.findAll().stream().map(Region::toInfo).toList());
            snapshot = current;
        }
        return current;
    }

    /** The tables as read, with the sorted lists pages ask for, sorted once per language. */
    private static final class Snapshot {
        final Map<String, CountryInfo> byCode;
        final Map<Language, List<CountryInfo>> all = new EnumMap<>(Language.class);
        final Map<Language, List<CountryInfo>> members = new EnumMap<>(Language.class);
        final Set<String> memberCodes;
        final List<RegionInfo> regions;

        Snapshot(List<CountryInfo> countries, List<RegionInfo> regions) {
            this.byCode = countries.stream().collect(Collectors.toUnmodifiableMap(CountryInfo::iso2, c -> c));
            this.regions = List.copyOf(regions);
            this.memberCodes = countries.stream().filter(CountryInfo::memberState)
                    .map(CountryInfo::iso2).collect(Collectors.toUnmodifiableSet());
            for (Language language : Language.values()) {
                Comparator<CountryInfo> byName = Comparator.comparing(c -> c.name(language), NameCollator.forLanguage(language));
                List<CountryInfo> sorted = countries.stream().sorted(byName).toList();
                all.put(language, sorted);
                members.put(language, sorted.stream().filter(CountryInfo::memberState).toList());
            }
        }
    }
}
