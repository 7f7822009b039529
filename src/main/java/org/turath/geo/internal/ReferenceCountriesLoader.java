package org.turath.geo.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.turath.geo.Membership;
import org.turath.geo.domain.Countries;
import org.turath.geo.domain.Country;
import org.turath.shared.LocalizedText;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the country table in line with the reference files shipped in {@code reference/} (ISO
 * 3166-1 names in three languages, OIC membership as the stand-in member list). Runs before
 * anything that needs countries; a second node finds nothing to change.
 */
@Component
@Order(0)
public class ReferenceCountriesLoader implements ApplicationRunner {

    /** The country table was changed (GeoApi reads it again). */
    public record Changed(int countries) {
    }

    private static final Logger log = LoggerFactory.getLogger(ReferenceCountriesLoader.class);
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final Countries countries;
    private final ApplicationEventPublisher events;

    ReferenceCountriesLoader(Countries countries, ApplicationEventPublisher events) {
        this.countries = countries;
        this.events = events;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Map<String, Membership> memberships = new HashMap<>();
        for (CSVRecord row : read("reference/oic-member-states.csv")) {
            memberships.put(row.get("alpha2"), Membership.valueOf(row.get("oic_status").toUpperCase(java.util.Locale.ROOT)));
        }
        Map<String, Country> existing = countries.findAll().stream().collect(Collectors.toMap(Country::iso2, Function.identity()));
        int changed = 0;
        for (CSVRecord row : read("reference/countries-iso3166-en-fr-ar.csv")) {
            String iso2 = row.get("alpha2");
            LocalizedText names = new LocalizedText(row.get("name_ar"), row.get("name_en"), row.get("name_fr"));
            Country country = existing.get(iso2);
            if (country == null) {
                countries.save(new Country(iso2, row.get("alpha3"), row.get("numeric"), names, memberships.get(iso2)));
                changed++;
            } else if (country.update(row.get("alpha3"), row.get("numeric"), names, memberships.get(iso2))) {
                changed++;
            }
        }
        if (changed > 0) {
            events.publishEvent(new Changed(changed));
            log.info("Reference countries: {} added or updated ({} member states)", changed,
                    memberships.values().stream().filter(Membership.MEMBER::equals).count());
        }
    }

    private static List<CSVRecord> read(String resource) {
        try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            return FORMAT.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
