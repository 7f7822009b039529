package org.turath.registry.internal.imports;

import org.turath.registry.HeritageKind;
import org.turath.registry.HeritageStatus;
import org.turath.registry.ImportReport.RowError;
import org.turath.registry.domain.StatusEntry;
import org.turath.shared.LocalizedText;
import org.turath.shared.RichText;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks and cleans one row of UNESCO's World Heritage List export (CSV or XLSX, 2024 and 2025
 * columns). Every problem of the row is reported, with its column, not only the first.
 */
class WhcSiteParser {

    static final Set<String> REQUIRED_COLUMNS = Set.of("id_no", "rev_bis", "name_en", "name_fr", "name_ar",
            "short_description_en", "short_description_fr", "short_description_ar", "date_inscribed", "danger",
            "danger_list", "longitude", "latitude", "area_hectares", "criteria_txt", "category", "states_name_en",
            "states_name_fr", "states_name_ar", "region_en", "iso_code", "transboundary");

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern CRITERIA = Pattern.compile("\\(([ivx]+)\\)");
    private static final Pattern DANGER_ENTRY = Pattern.compile("\\s*([YP])\\s+(\\d{4})(?:\\s*-\\s*(\\d{4}))?\\s*");

    /** The status reasons, in the three languages. */
    record Reasons(LocalizedText inscribed, LocalizedText inDanger, LocalizedText removedFromDanger) {
    }

    private final Set<String> knownCountries;
    private final Function<String, Optional<String>> regionCode;
    private final Set<String> criteriaCodes;
    private final Reasons reasons;

    WhcSiteParser(Set<String> knownCountries, Function<String, Optional<String>> regionCode, Set<String> criteriaCodes,
                  Reasons reasons) {
        this.knownCountries = knownCountries;
        this.regionCode = regionCode;
        this.criteriaCodes = criteriaCodes;
        this.reasons = reasons;
    }

    /** The site, or the row's errors (added to {@code errors}) and empty. */
    Optional<WhcSite> parse(SourceRow row, List<RowError> errors) {
        int before = errors.size();
        Integer idNo = positiveInt(row, "id_no", errors);
        HeritageKind kind = kind(row, errors);
        LocalizedText name = new LocalizedText(TextCleaner.plain(row.get("name_ar")), TextCleaner.plain(row.get("name_en")),
                TextCleaner.plain(row.get("name_fr")));
        if (name.isEmpty()) {
            errors.add(error(row, "name_en", "missing-name"));
        }
        RichText description = new RichText(row.get("short_description_ar"), row.get("short_description_en"), row.get("short_description_fr"));
        RichText justification = new RichText(null, row.get("justification_en"), row.get("justification_fr"));
        List<String> states = states(row, errors);
        LocalizedText stateLabel = states.isEmpty()
                ? new LocalizedText(TextCleaner.plain(row.get("states_name_ar")), TextCleaner.plain(row.get("states_name_en")),
                TextCleaner.plain(row.get("states_name_fr")))
                : LocalizedText.empty();
        if (states.isEmpty() && stateLabel.isEmpty()) {
            errors.add(error(row, "iso_code", "missing-state"));
        }
        Set<String> regions = regions(row, errors);
        Set<String> criteria = criteria(row, errors);
        Double latitude = coordinate(row, "latitude", 90, errors);
        Double longitude = coordinate(row, "longitude", 180, errors);
        if (row.get("latitude").isEmpty() != row.get("longitude").isEmpty()) {
            errors.add(error(row, row.get("latitude").isEmpty() ? "latitude" : "longitude", "half-coordinate"));
        }
        BigDecimal area = area(row, errors);
        Integer year = year(row, "date_inscribed", errors);
        List<StatusEntry> timeline = timeline(row, year, errors);
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new WhcSite(row.row(), idNo, emptyToNull(row.get("rev_bis")), kind, name, description, justification,
                stateLabel, states, regions, criteria, latitude, longitude, area, year, timeline));
    }

    private static Integer positiveInt(SourceRow row, String column, List<RowError> errors) {
        String value = stripDecimalZero(row.get(column));
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add(error(row, column, value.isEmpty() ? "missing-value" : "not-a-number", value));
        return null;
    }

    private static HeritageKind kind(SourceRow row, List<RowError> errors) {
        return switch (row.get("category")) {
            case "Cultural" -> HeritageKind.TANGIBLE_CULTURAL;
            case "Natural" -> HeritageKind.NATURAL;
            case "Mixed" -> HeritageKind.MIXED;
            default -> {
                errors.add(error(row, "category", "unknown-category", row.get("category")));
                yield null;
            }
        };
    }

    private List<String> states(SourceRow row, List<RowError> errors) {
        String codes = row.get("iso_code");
        if (codes.isEmpty()) {
            return List.of();
        }
        List<String> states = new ArrayList<>();
        for (String code : codes.split(",")) {
            String iso2 = code.strip().toUpperCase(Locale.ROOT);
            if (!knownCountries.contains(iso2)) {
                errors.add(error(row, "iso_code", "unknown-country", code.strip()));
            } else if (!states.contains(iso2)) {
                states.add(iso2);
            }
        }
        return states;
    }

    private Set<String> regions(SourceRow row, List<RowError> errors) {
        Set<String> regions = new LinkedHashSet<>();
        String value = row.get("region_en");
        if (value.isEmpty()) {
            return regions;
        }
        for (String name : value.split(",")) {
            regionCode.apply(name.strip()).ifPresentOrElse(regions::add,
                    () -> errors.add(error(row, "region_en", "unknown-region", name.strip())));
        }
        return regions;
    }

    private Set<String> criteria(SourceRow row, List<RowError> errors) {
        String text = row.get("criteria_txt");
        Set<String> codes = new LinkedHashSet<>();
        Matcher matcher = CRITERIA.matcher(text);
        int end = 0;
        while (matcher.find()) {
            if (matcher.start() != end) {
                break;
            }
            end = matcher.end();
            if (criteriaCodes.contains(matcher.group(1))) {
                codes.add(matcher.group(1));
            } else {
                errors.add(error(row, "criteria_txt", "unknown-criterion", matcher.group(1)));
            }
        }
        if (end != text.length()) {
            errors.add(error(row, "criteria_txt", "malformed-criteria", text));
        }
        return codes;
    }

    private static Double coordinate(SourceRow row, String column, double bound, List<RowError> errors) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            if (Double.isFinite(number) && Math.abs(number) <= bound) {
                return number;
            }
            errors.add(error(row, column, "coordinate-out-of-range", value, String.valueOf((int) bound)));
        } catch (NumberFormatException e) {
            errors.add(error(row, column, "not-a-number", value));
        }
        return null;
    }

    private static BigDecimal area(SourceRow row, List<RowError> errors) {
        String value = row.get("area_hectares");
        if (value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal area = new BigDecimal(value).setScale(4, RoundingMode.HALF_UP);
            if (area.signum() >= 0 && area.precision() - area.scale() <= 10) {
                return area;
            }
            errors.add(error(row, "area_hectares", "area-out-of-range", value));
        } catch (NumberFormatException e) {
            errors.add(error(row, "area_hectares", "not-a-number", value));
        }
        return null;
    }

    private static Integer year(SourceRow row, String column, List<RowError> errors) {
        String value = stripDecimalZero(row.get(column));
        if (value.isEmpty()) {
            return null;
        }
        if (!YEAR.matcher(value).matches()) {
            errors.add(error(row, column, "not-a-year", value));
            return null;
        }
        return Integer.parseInt(value);
    }

    private List<StatusEntry> timeline(SourceRow row, Integer inscribed, List<RowError> errors) {
        List<StatusEntry> timeline = new ArrayList<>();
        if (inscribed != null) {
            timeline.add(StatusEntry.inYear(HeritageStatus.INSCRIBED, inscribed, reasons.inscribed()));
        }
        String dangerList = row.get("danger_list");
        boolean currentlyInDanger = false;
        Matcher matcher = DANGER_ENTRY.matcher(dangerList);
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            end = matcher.end();
            int from = Integer.parseInt(matcher.group(2));
            timeline.add(StatusEntry.inYear(HeritageStatus.IN_DANGER, from, reasons.inDanger()));
            if ("P".equals(matcher.group(1))) {
                if (matcher.group(3) == null || Integer.parseInt(matcher.group(3)) < from) {
                    errors.add(error(row, "danger_list", "malformed-danger-list", dangerList));
                    return timeline;
                }
                timeline.add(StatusEntry.inYear(HeritageStatus.INSCRIBED, Integer.parseInt(matcher.group(3)),
                        reasons.removedFromDanger()));
            } else {
                currentlyInDanger = true;
            }
        }
        if (end != dangerList.length()) {
            errors.add(error(row, "danger_list", "malformed-danger-list", dangerList));
        }
        String danger = stripDecimalZero(row.get("danger"));
        if (!danger.equals(currentlyInDanger ? "1" : "0") && !(danger.isEmpty() && !currentlyInDanger)) {
            errors.add(error(row, "danger", "danger-mismatch", danger, dangerList));
        }
        // stable: entries of one year keep the order they were given in
        timeline.sort(Comparator.comparing(StatusEntry::effectiveDate));
        return timeline;
    }

    private static String stripDecimalZero(String value) {
        return value.endsWith(".0") ? value.substring(0, value.length() - 2) : value;
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static RowError error(SourceRow row, String column, String code, String... arguments) {
        return new RowError(row.row(), column, code, List.of(arguments));
    }
}
