package org.turath.nominations.web;

import org.turath.nominations.domain.NominationFile;
import org.turath.nominations.domain.Part;
import org.turath.shared.LocalizedText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The identification of the property as the form gives it: name in three languages, co-submitting
 * states, place and areas, and the components of a serial property. Bad numbers become field
 * errors; what was typed is kept for the form to show again.
 */
public record Identification(LocalizedText name, Set<String> coStates, boolean serial, Double latitude, Double longitude,
                      BigDecimal core, BigDecimal buffer, List<Part> components, Map<String, String> typed) {

    static final int MAX_COMPONENTS = 60;

    static Identification of(NominationFile file) {
        Map<String, String> typed = new java.util.HashMap<>();
        typed.put("latitude", file.place().latitude() == null ? "" : file.place().latitude().toString());
        typed.put("longitude", file.place().longitude() == null ? "" : file.place().longitude().toString());
        typed.put("core", file.place().coreHectares() == null ? "" : file.place().coreHectares().toPlainString());
        typed.put("buffer", file.place().bufferHectares() == null ? "" : file.place().bufferHectares().toPlainString());
        List<Part> parts = file.components();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            typed.put("components[" + i + "].latitude", part.latitude() == null ? "" : part.latitude().toString());
            typed.put("components[" + i + "].longitude", part.longitude() == null ? "" : part.longitude().toString());
            typed.put("components[" + i + "].core", part.coreHectares() == null ? "" : part.coreHectares().toPlainString());
            typed.put("components[" + i + "].buffer", part.bufferHectares() == null ? "" : part.bufferHectares().toPlainString());
        }
        return new Identification(file.name(), file.coStates(), file.serial(), file.place().latitude(), file.place().longitude(),
                file.place().coreHectares(), file.place().bufferHectares(), parts, typed);
    }

    static Identification read(java.util.function.Function<String, String> posted, Set<String> memberStates, Map<String, String> errors) {
        LocalizedText name = NominationForms.names(posted, "name", errors);
        if (name.isEmpty()) {
            errors.put("name", "nominations.error.name");
        }
        Set<String> coStates = new LinkedHashSet<>();
        for (String code : NominationForms.clean(posted.apply("coStates")).split("[\\s,]+")) {
            if (!code.isBlank()) {
                if (!memberStates.contains(code.toUpperCase(java.util.Locale.ROOT))) {
                    errors.put("coStates", "nominations.error.state");
                } else {
                    coStates.add(code.toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        boolean serial = "on".equals(posted.apply("serial"));
        Map<String, String> typed = new java.util.HashMap<>();
        Double latitude = coordinate(posted, "latitude", 90, errors, typed);
        Double longitude = coordinate(posted, "longitude", 180, errors, typed);
        BigDecimal core = area(posted, "core", errors, typed);
        BigDecimal buffer = area(posted, "buffer", errors, typed);
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < MAX_COMPONENTS; i++) {
            String prefix = "components[" + i + "].";
            LocalizedText partName = NominationForms.names(posted, prefix + "name", errors);
            Double lat = coordinate(posted, prefix + "latitude", 90, errors, typed);
            Double lon = coordinate(posted, prefix + "longitude", 180, errors, typed);
            BigDecimal partCore = area(posted, prefix + "core", errors, typed);
            BigDecimal partBuffer = area(posted, prefix + "buffer", errors, typed);
            if (partName.isEmpty() && lat == null && lon == null && partCore == null && partBuffer == null) {
                continue;
            }
            if (partName.isEmpty()) {
                errors.put(prefix + "name", "nominations.error.name");
            }
            parts.add(new Part(partName, lat, lon, partCore, partBuffer));
        }
        return new Identification(name, coStates, serial, latitude, longitude, core, buffer, parts, typed);
    }

    private static Double coordinate(java.util.function.Function<String, String> posted, String key, double limit, Map<String, String> errors,
                                     Map<String, String> typed) {
        String value = NominationForms.clean(posted.apply(key));
        typed.put(key, value);
        if (value.isEmpty()) {
            return null;
        }
        try {
            double number = Double.parseDouble(value.replace(',', '.'));
            if (Double.isNaN(number) || Math.abs(number) > limit) {
                errors.put(key, "nominations.error.coordinate");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.put(key, "nominations.error.number");
            return null;
        }
    }

    private static BigDecimal area(java.util.function.Function<String, String> posted, String key, Map<String, String> errors, Map<String, String> typed) {
        String value = NominationForms.clean(posted.apply(key));
        typed.put(key, value);
        if (value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.replace(',', '.'));
            if (number.signum() < 0 || number.compareTo(new BigDecimal("9999999999")) > 0 || number.scale() > 4) {
                errors.put(key, "nominations.error.area");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.put(key, "nominations.error.number");
            return null;
        }
    }

    /** Rows the form shows for components: the current ones and a few empty ones to add more. */
    public List<Integer> componentRows() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_COMPONENTS, components.size() + 3); i++) {
            rows.add(i);
        }
        return rows;
    }

    public LocalizedText componentName(int i) {
        return i < components.size() ? components.get(i).name() : LocalizedText.empty();
    }

    public String typed(String key) {
        return typed.getOrDefault(key, "");
    }
}
