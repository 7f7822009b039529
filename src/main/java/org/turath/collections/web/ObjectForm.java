package org.turath.collections.web;

import jakarta.validation.constraints.Size;
import org.turath.collections.domain.CollectionObject;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * An object as its form posts it, on the Object ID checklist. The museum is named by its address on the portal; the
 * object's own address may be left empty (then made from the museum's and the inventory number). Sizes are typed in
 * centimetres and the weight in grams, with digits of any script. The inscription is kept as written, with the
 * language it is written in (a tag such as ar, fa or ota).
 */
record ObjectForm(String version, String submission, String reference,
                  @Size(max = 80, message = "collections.error.museum") String museum,
                  @Size(max = 80, message = "collections.error.too-long") String inventoryNumber,
                  Trilingual objectType, Trilingual title, Trilingual materials,
                  @Size(max = 20, message = "collections.error.number") String height,
                  @Size(max = 20, message = "collections.error.number") String width,
                  @Size(max = 20, message = "collections.error.number") String depth,
                  @Size(max = 20, message = "collections.error.number") String diameter,
                  @Size(max = 20, message = "collections.error.number") String weight,
                  @Size(max = 4000, message = "collections.error.too-long") String inscription,
                  @Size(max = 20, message = "collections.error.language") String inscriptionLanguage,
                  Trilingual inscriptionNote, Trilingual features, Trilingual subject, Trilingual period,
                  @Size(max = 10, message = "collections.error.year") String yearFrom,
                  @Size(max = 10, message = "collections.error.year") String yearTo,
                  Trilingual maker, Trilingual origin, Trilingual description, Trilingual provenance,
                  String rightToLeft, @Size(max = 2000, message = "collections.error.too-long") String sources,
                  String demonstration,
                  @Size(max = 2000, message = "collections.error.too-long") String heritage,
                  @Size(max = 4000, message = "collections.error.too-long") String related) implements FormRecord {

    private static final String HERITAGE_REFERENCE = "[A-Z]{2,5}-\\d{1,8}";
    private static final String LANGUAGE_TAG = "[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}";

    static ObjectForm empty(String museum) {
        return new ObjectForm(null, null, null, museum, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static ObjectForm of(CollectionObject object, String museumReference) {
        CollectionObject.Details d = object.details();
        CollectionObject.Measures m = d.measures();
        return new ObjectForm(String.valueOf(object.version()), null, d.reference(), museumReference, d.inventoryNumber(),
                Trilingual.of(d.objectType()), Trilingual.of(d.title()), Trilingual.of(d.materials()), number(m.heightCm()),
                number(m.widthCm()), number(m.depthCm()), number(m.diameterCm()), number(m.weightG()), d.inscription(),
                d.inscriptionLanguage(), Trilingual.of(d.inscriptionNote()), Trilingual.of(d.features()), Trilingual.of(d.subject()),
                Trilingual.of(d.period()), d.yearFrom() == null ? null : String.valueOf(d.yearFrom()),
                d.yearTo() == null ? null : String.valueOf(d.yearTo()), Trilingual.of(d.maker()), Trilingual.of(d.origin()),
                Trilingual.of(d.description()), Trilingual.of(d.provenance()), d.rightToLeft() ? "true" : null, d.sources(),
                d.demonstration() ? "true" : null, String.join(" ", new java.util.TreeSet<>(d.heritage())),
                String.join(" ", new java.util.TreeSet<>(d.related())));
    }

    private static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /**
     * What the form says; {@code museums} finds a museum's id by its address. Each problem goes into {@code errors}
     * (field, message key).
     */
    CollectionObject.Details read(Function<String, Optional<UUID>> museums, Map<String, String> errors) {
        Optional<UUID> museumId = Optional.ofNullable(TextInput.line(museum)).map(s -> s.toLowerCase(Locale.ROOT))
                .filter(Slugs::valid).flatMap(museums);
        if (museumId.isEmpty()) {
            errors.put("museum", "collections.error.museum");
        }
        String inventory = TextInput.line(inventoryNumber);
        if (inventory == null) {
            errors.put("inventoryNumber", "collections.error.inventory");
        }
        LocalizedText titleText = line("title", title, 300, errors);
        if (titleText.isEmpty()) {
            errors.put("title", "collections.error.title");
        }
        LocalizedText typeText = line("objectType", objectType, 200, errors);
        if (typeText.isEmpty()) {
            errors.put("objectType", "collections.error.type");
        }
        String referenceText = TextInput.line(reference);
        if (referenceText == null && inventory != null) {
            referenceText = Slugs.of(TextInput.line(museum) + "-" + inventory);
        }
        if (!Slugs.valid(referenceText)) {
            errors.put("reference", "collections.error.reference");
        }
        CollectionObject.Measures measures = new CollectionObject.Measures(measure("height", height, errors),
                measure("width", width, errors), measure("depth", depth, errors), measure("diameter", diameter, errors),
                measure("weight", weight, errors));
        String inscriptionText = TextInput.block(inscription);
        String language = TextInput.line(inscriptionLanguage);
        if (language != null && !language.matches(LANGUAGE_TAG)) {
            errors.put("inscriptionLanguage", "collections.error.language");
        } else if (inscriptionText != null && language == null) {
            errors.put("inscriptionLanguage", "collections.error.language-needed");
        }
        Integer from = year("yearFrom", yearFrom, errors);
        Integer to = year("yearTo", yearTo, errors);
        if (from != null && to != null && from > to) {
            errors.put("yearTo", "collections.error.years");
        }
        Set<String> heritageItems = references("heritage", heritage == null ? null : heritage.toUpperCase(Locale.ROOT),
                HERITAGE_REFERENCE, errors);
        Set<String> relatedObjects = references("related", related == null ? null : related.toLowerCase(Locale.ROOT),
                "[a-z0-9]+(-[a-z0-9]+)*", errors);
        return new CollectionObject.Details(referenceText, museumId.orElse(null), inventory, typeText, titleText,
                block("materials", materials, 1000, errors), measures, inscriptionText, inscriptionText == null ? null : language,
                block("inscriptionNote", inscriptionNote, 2000, errors), block("features", features, 2000, errors),
                block("subject", subject, 1000, errors), line("period", period, 200, errors), from, to,
                line("maker", maker, 300, errors), line("origin", origin, 300, errors), block("description", description, 8000, errors),
                block("provenance", provenance, 4000, errors), "true".equals(rightToLeft), TextInput.block(sources),
                "true".equals(demonstration), heritageItems, relatedObjects);
    }

    private static BigDecimal measure(String field, String typed, Map<String, String> errors) {
        return FormFields.positive(errors, field, typed, "collections.error.number");
    }

    private static Integer year(String field, String typed, Map<String, String> errors) {
        if (TextInput.line(typed) == null) {
            return null;
        }
        Optional<BigDecimal> value = Decimals.signed(typed);
        // years of the common era; a year before it is negative (-3000 for 3000 BCE)
        if (value.isEmpty() || value.get().scale() > 0 || value.get().abs().compareTo(BigDecimal.valueOf(10_000)) > 0
                || value.get().intValue() > Year.now().getValue()) {
            errors.put(field, "collections.error.year");
            return null;
        }
        return value.get().intValue();
    }

    private static Set<String> references(String field, String typed, String pattern, Map<String, String> errors) {
        Set<String> found = new LinkedHashSet<>();
        String text = TextInput.block(typed);
        if (text == null) {
            return found;
        }
        for (String part : text.split("[\\s,;،]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches(pattern) || part.length() > 80) {
                errors.put(field, "collections.error." + field);
                return Set.of();
            }
            found.add(part);
        }
        if (found.size() > CollectionObject.MAX_RELATED) {
            errors.put(field, "collections.error.many");
        }
        return found;
    }

    private static LocalizedText line(String field, Trilingual typed, int max, Map<String, String> errors) {
        return FormFields.line(errors, field, typed, max, "collections.error.too-long");
    }

    private static LocalizedText block(String field, Trilingual typed, int max, Map<String, String> errors) {
        return FormFields.block(errors, field, typed, max, "collections.error.too-long");
    }

    /** Whether {@code tag} is written right to left: Arabic, Persian, Ottoman Turkish, Urdu, Pashto, Hebrew, Syriac… */
    static boolean rightToLeft(String tag) {
        if (tag == null) {
            return false;
        }
        String primary = tag.split("-")[0];
        return Set.of("ar", "fa", "ota", "ur", "ps", "he", "syr", "arc", "ckb", "sd", "ug", "dv").contains(primary)
                || tag.contains("-Arab");
    }
}
