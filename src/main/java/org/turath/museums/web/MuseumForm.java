package org.turath.museums.web;

import jakarta.validation.constraints.Size;
import org.turath.museums.MuseumKind;
import org.turath.museums.domain.Museum;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.TextInput;
import org.turath.web.Decimals;
import org.turath.web.FormFields;
import org.turath.web.FormRecord;
import org.turath.web.Slugs;
import org.turath.web.Trilingual;

import java.math.BigDecimal;
import java.time.Year;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A museum's entry as its form posts it. The reference (the museum's address on the portal) may be left empty: it is
 * then made from the English name. Related heritage items are typed as their references (IWH-0001), separated by
 * spaces, commas or lines.
 */
record MuseumForm(String version, String submission, String reference, Trilingual name, String kind, String state,
                  Trilingual city, @Size(max = 40, message = "museums.error.number") String latitude,
                  @Size(max = 40, message = "museums.error.number") String longitude,
                  @Size(max = 10, message = "museums.error.founded") String founded,
                  @Size(max = 500, message = "museums.error.too-long") String website,
                  @Size(max = 2000, message = "museums.error.too-long") String contacts, Trilingual hours,
                  Trilingual accessibility, Trilingual description,
                  @Size(max = 2000, message = "museums.error.too-long") String sources,
                  @Size(max = 2000, message = "museums.error.too-long") String heritage) implements FormRecord {

    private static final int NAME_MAX = 300;
    private static final int CITY_MAX = 120;
    private static final int NOTE_MAX = 2000;
    private static final int DESCRIPTION_MAX = 8000;
    private static final String HERITAGE_REFERENCE = "[A-Z]{2,5}-\\d{1,8}";

    static MuseumForm empty() {
        return new MuseumForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static MuseumForm of(Museum museum) {
        Museum.Details d = museum.details();
        return new MuseumForm(String.valueOf(museum.version()), null, d.reference(), Trilingual.of(d.name()), d.kind().name(),
                d.state(), Trilingual.of(d.city()), number(d.latitude()), number(d.longitude()),
                d.founded() == null ? null : String.valueOf(d.founded()), d.website(), d.contacts(), Trilingual.of(d.hours()),
                Trilingual.of(d.accessibility()), Trilingual.of(d.description()), d.sources(), String.join(" ", new java.util.TreeSet<>(d.heritage())));
    }

    private static String number(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** What the form says, the state checked against {@code memberStates}; each problem goes into {@code errors}. */
    Museum.Details read(Set<String> memberStates, Map<String, String> errors) {
        Trilingual names = Trilingual.orEmpty(name);
        LocalizedText nameText = names.line();
        if (nameText.isEmpty()) {
            errors.put("name", "museums.error.name");
        } else if (names.longerThan(NAME_MAX)) {
            errors.put("name", "museums.error.too-long");
        }
        String referenceText = TextInput.line(reference);
        if (referenceText == null) {
            referenceText = Slugs.of(nameText.in(Language.EN).orElse(null));
        }
        if (!Slugs.valid(referenceText)) {
            errors.put("reference", "museums.error.reference");
        }
        Optional<MuseumKind> kindValue = org.turath.shared.RequestParameters.named(MuseumKind.class, kind);
        if (kindValue.isEmpty()) {
            errors.put("kind", "museums.error.required");
        }
        String stateCode = TextInput.line(state);
        if (stateCode == null || !memberStates.contains(stateCode)) {
            errors.put("state", "museums.error.state");
        }
        Trilingual cities = Trilingual.orEmpty(city);
        LocalizedText cityText = cities.line();
        if (cityText.isEmpty()) {
            errors.put("city", "museums.error.city");
        } else if (cities.longerThan(CITY_MAX)) {
            errors.put("city", "museums.error.too-long");
        }
        Double lat = coordinate("latitude", latitude, 90, errors);
        Double lon = coordinate("longitude", longitude, 180, errors);
        if ((lat == null) != (lon == null) && !errors.containsKey("latitude") && !errors.containsKey("longitude")) {
            errors.put(lat == null ? "latitude" : "longitude", "museums.error.position");
        }
        Integer year = null;
        String foundedText = TextInput.line(founded);
        if (foundedText != null) {
            Optional<BigDecimal> typed = Decimals.signed(foundedText);
            int last = Year.now().getValue();
            if (typed.isEmpty() || typed.get().scale() > 0 || typed.get().intValue() < 600 || typed.get().intValue() > last) {
                errors.put("founded", "museums.error.founded");
            } else {
                year = typed.get().intValue();
            }
        }
        String site = TextInput.line(website);
        if (site != null && !TextInput.webAddress(site)) {
            errors.put("website", "museums.error.website");
        }
        LocalizedText hoursText = block("hours", hours, NOTE_MAX, errors);
        LocalizedText accessText = block("accessibility", accessibility, NOTE_MAX, errors);
        LocalizedText descriptionText = block("description", description, DESCRIPTION_MAX, errors);
        Set<String> related = new LinkedHashSet<>();
        String heritageText = TextInput.block(heritage);
        if (heritageText != null) {
            for (String part : heritageText.toUpperCase(java.util.Locale.ROOT).split("[\\s,;،]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                if (!part.matches(HERITAGE_REFERENCE)) {
                    errors.put("heritage", "museums.error.heritage");
                    break;
                }
                related.add(part);
            }
            if (related.size() > Museum.MAX_HERITAGE) {
                errors.put("heritage", "museums.error.heritage-many");
            }
        }
        return new Museum.Details(referenceText, nameText, kindValue.orElse(null), stateCode, cityText, lat, lon, year, site,
                TextInput.block(contacts), hoursText, accessText, descriptionText, TextInput.block(sources), related);
    }

    private static Double coordinate(String field, String typed, int limit, Map<String, String> errors) {
        if (TextInput.line(typed) == null) {
            return null;
        }
        Optional<BigDecimal> value = Decimals.signed(typed);
        if (value.isEmpty() || value.get().abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            errors.put(field, "museums.error." + field);
            return null;
        }
        return value.get().doubleValue();
    }

    private static LocalizedText block(String field, Trilingual typed, int max, Map<String, String> errors) {
        return FormFields.block(errors, field, typed, max, "museums.error.too-long");
    }
}
