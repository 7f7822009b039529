package org.turath.collections.web;

import org.turath.collections.domain.CollectionObject;
import org.turath.collections.domain.ObjectImage;
import org.turath.museums.MuseumsApi;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.web.LinkedData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An object of a collection in Linked Art (the CIDOC-CRM profile museums exchange their records in): a human-made object
 * with its names in each language, its inventory number, its type, materials, period and maker as the museum wrote
 * them, its description, the museum that holds it, its images and its IIIF manifest. Terms are Getty AAT concepts where
 * Linked Art fixes one (names, accession numbers, descriptions, the three languages); what the museum wrote as text stays
 * text ({@code _label}), never a guessed vocabulary link.
 */
final class ObjectLinkedArt {

    static final String CONTEXT = "https://linked.art/ns/v1/linked-art.json";
    static final String MEDIA_TYPE = "application/ld+json;profile=\"" + CONTEXT + "\"";

    private static final String AAT = "http://vocab.getty.edu/aat/";
    private static final Map<Language, String> LANGUAGES = Map.of(Language.AR, "300387843", Language.EN, "300388277", Language.FR, "300388306");
    private static final Map<Language, String> LANGUAGE_NAMES = Map.of(Language.AR, "Arabic", Language.EN, "English", Language.FR, "French");

    private ObjectLinkedArt() {
    }

    /** Whether the client asked for Linked Art rather than schema.org (by the profile of the JSON-LD it accepts). */
    static boolean asked(String accept) {
        return accept != null && accept.contains(CONTEXT);
    }

    static Map<String, Object> describe(CollectionObject object, Optional<MuseumsApi.MuseumSummary> museum, List<ObjectImage> images,
                                        LinkedData linked) {
        String path = "/collections/" + object.reference();
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@context", CONTEXT);
        thing.put("id", linked.absolute("/" + Language.DEFAULT.tag() + path));
        thing.put("type", "HumanMadeObject");
        thing.put("_label", object.title().resolve(Language.EN).map(org.turath.shared.Localized::text).orElse(object.reference()));
        List<Object> identifiers = new ArrayList<>(texts(object.title(), "Name", type("300404670", "Primary Name")));
        if (object.inventoryNumber() != null && !object.inventoryNumber().isBlank()) {
            identifiers.add(Map.of("type", "Identifier", "content", object.inventoryNumber(),
                    "classified_as", List.of(type("300312355", "Accession Number"))));
        }
        thing.put("identified_by", identifiers);
        labels(object.objectType()).ifPresent(label -> thing.put("classified_as", List.of(Map.of("type", "Type", "_label", label))));
        List<Object> statements = new ArrayList<>();
        statements.addAll(texts(object.description(), "LinguisticObject", Map.of("id", AAT + "300435416", "type", "Type", "_label",
                "Description", "classified_as", List.of(type("300418049", "Brief Text")))));
        statements.addAll(texts(object.provenance(), "LinguisticObject", type("300444174", "Provenance Statement")));
        if (!statements.isEmpty()) {
            thing.put("referred_to_by", statements);
        }
        labels(object.materials()).ifPresent(label -> thing.put("made_of", List.of(Map.of("type", "Material", "_label", label))));
        Map<String, Object> production = new LinkedHashMap<>();
        production.put("type", "Production");
        labels(object.period()).ifPresent(label -> {
            Map<String, Object> span = new LinkedHashMap<>();
            span.put("type", "TimeSpan");
            span.put("identified_by", List.of(Map.of("type", "Name", "content", label)));
            if (object.yearFrom() != null) {
                span.put("begin_of_the_begin", String.format("%04d-01-01T00:00:00Z", object.yearFrom()));
            }
            if (object.yearTo() != null) {
                span.put("end_of_the_end", String.format("%04d-12-31T23:59:59Z", object.yearTo()));
            }
            production.put("timespan", span);
        });
        labels(object.maker()).ifPresent(label -> production.put("carried_out_by", List.of(Map.of("type", "Person", "_label", label))));
        labels(object.origin()).ifPresent(label -> production.put("took_place_at", List.of(Map.of("type", "Place", "_label", label))));
        if (production.size() > 1) {
            thing.put("produced_by", production);
        }
        museum.ifPresent(m -> {
            Map<String, Object> holder = new LinkedHashMap<>();
            holder.put("id", linked.absolute("/" + Language.DEFAULT.tag() + "/museums/" + m.reference()));
            holder.put("type", "Group");
            holder.put("_label", m.name().resolve(Language.EN).map(org.turath.shared.Localized::text).orElse(m.reference()));
            thing.put("current_owner", List.of(holder));
            thing.put("current_custodian", List.of(holder));
        });
        if (!images.isEmpty()) {
            thing.put("representation", images.stream().map(image -> Map.of("type", "VisualItem", "digitally_shown_by", List.of(Map.of(
                    "type", "DigitalObject", "access_point", List.of(Map.of("id",
                            linked.absolute("/iiif/3/" + image.id() + "/full/max/0/default.jpg"), "type", "DigitalObject")))))).toList());
            thing.put("subject_of", List.of(Map.of("type", "LinguisticObject", "digitally_carried_by", List.of(Map.of(
                    "type", "DigitalObject", "access_point", List.of(Map.of("id", linked.absolute("/iiif/3/manifests/" + object.reference()),
                            "type", "DigitalObject")),
                    "conforms_to", List.of(Map.of("id", "http://iiif.io/api/presentation", "type", "InformationObject")))))));
        }
        return thing;
    }

    /** One entry of {@code type} for each language the text is written in, tagged with its language, classified as given. */
    private static List<Map<String, Object>> texts(LocalizedText text, String type, Map<String, Object> classifiedAs) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Language language : Language.values()) {
            text.in(language).filter(value -> !value.isBlank()).ifPresent(value -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("type", type);
                entry.put("content", value);
                entry.put("language", List.of(Map.of("id", AAT + LANGUAGES.get(language), "type", "Language",
                        "_label", LANGUAGE_NAMES.get(language))));
                entry.put("classified_as", List.of(classifiedAs));
                entries.add(entry);
            });
        }
        return entries;
    }

    /** A text the museum wrote, for a label: English when written, else the first language it is in. */
    private static Optional<String> labels(LocalizedText text) {
        return text.resolve(Language.EN).map(org.turath.shared.Localized::text).filter(value -> !value.isBlank());
    }

    private static Map<String, Object> type(String aat, String label) {
        return Map.of("id", AAT + aat, "type", "Type", "_label", label);
    }
}
