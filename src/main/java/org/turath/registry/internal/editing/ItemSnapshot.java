package org.turath.registry.internal.editing;

import org.turath.registry.domain.Component;
import org.turath.registry.domain.Criterion;
import org.turath.registry.domain.HeritageItem;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The fields of an item an editor sees, as text, in a fixed order: what the history and the
 * conflict view compare field by field.
 */
record ItemSnapshot(Map<String, String> values) {

    /** Fields whose values are vocabulary entries shown through messages, by the message key of their values. */
    private static final Map<String, String> VOCABULARY = Map.of(
            "kind", "heritage.kind", "status", "heritage.status", "publication", "publication");

    static final ItemSnapshot NOTHING = new ItemSnapshot(Map.of());

    static ItemSnapshot of(HeritageItem item) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", item.kind() == null ? null : slug(item.kind()));
        texts(values, "name", item.name());
        texts(values, "description", item.description().markup());
        texts(values, "justification", item.justification().markup());
        values.put("states", String.join(", ", item.states()));
        values.put("criteria", item.criteria().stream().map(Criterion::key).collect(Collectors.joining(", ")));
        values.put("latitude", number(item.latitude()));
        values.put("longitude", number(item.longitude()));
        values.put("area", item.areaHectares() == null ? null : item.areaHectares().stripTrailingZeros().toPlainString());
        values.put("inscriptionYear", item.inscriptionYear() == null ? null : item.inscriptionYear().toString());
        values.put("components", item.components().stream().map(ItemSnapshot::component).collect(Collectors.joining("\n")));
        values.put("status", item.status() == null ? null : slug(item.status()));
        values.put("publication", item.publication().name());
        values.replaceAll((field, value) -> value == null || value.isEmpty() ? null : value);
        return new ItemSnapshot(values);
    }

    /** What changed from this version to {@code later}, field by field in the snapshot's order. */
    List<FieldChange> changesTo(ItemSnapshot later) {
        List<FieldChange> changes = new ArrayList<>();
        List<String> fields = new ArrayList<>(later.values.keySet());
        values.keySet().stream().filter(field -> !fields.contains(field)).forEach(fields::add);
        for (String field : fields) {
            String before = values.get(field);
            String after = later.values.get(field);
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(field, before, after, VOCABULARY.get(field)));
            }
        }
        return changes;
    }

    /** The message-key form of a constant: IN_DANGER → in-danger. */
    private static String slug(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static void texts(Map<String, String> values, String field, LocalizedText text) {
        for (Language language : Language.values()) {
            values.put(field + "." + language.tag(), text.in(language).orElse(null));
        }
    }

    private static String number(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String component(Component component) {
        List<String> parts = new ArrayList<>();
        for (Language language : Language.values()) {
            component.name().in(language).ifPresent(parts::add);
        }
        if (component.latitude() != null && component.longitude() != null) {
            parts.add(number(component.latitude()) + ", " + number(component.longitude()));
        }
        if (component.areaHectares() != null) {
            parts.add(component.areaHectares().stripTrailingZeros().toPlainString() + " ha");
        }
        return component.position() + ". " + String.join(" · ", parts);
    }
}
