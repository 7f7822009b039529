package org.turath.registry.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.turath.registry.HeritageKind;
import org.turath.registry.domain.Component;
import org.turath.registry.domain.ComponentDraft;
import org.turath.registry.domain.Criterion;
import org.turath.registry.domain.HeritageItem;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.RichText;
import org.turath.shared.TextInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The back office's form for a heritage item: every language side by side, components below. */
record ItemForm(
        @NotNull @Size(max = 40) String kind,
        @Size(max = NAME) String nameAr,
        @Size(max = NAME) String nameEn,
        @Size(max = NAME) String nameFr,
        @Size(max = TEXT) String descriptionAr,
        @Size(max = TEXT) String descriptionEn,
        @Size(max = TEXT) String descriptionFr,
        @Size(max = TEXT) String justificationAr,
        @Size(max = TEXT) String justificationEn,
        @Size(max = TEXT) String justificationFr,
        @Size(max = 30) List<String> states,
        @Size(max = 40) List<String> criteria,
        // numbers are kept as typed, so that a value that is not a number comes back to its field as it was
        @Size(max = 40) String latitude,
        @Size(max = 40) String longitude,
        @Size(max = 40) String areaHectares,
        @Size(max = 40) String inscriptionYear,
        @Size(max = 200) List<@Valid ComponentForm> components,
        Long version) {

    static final int NAME = 500;
    static final int TEXT = 50_000;

    ItemForm {
        states = states == null ? List.of() : states.stream().filter(s -> s != null && !s.isBlank()).toList();
        criteria = criteria == null ? List.of() : criteria.stream().filter(c -> c != null && !c.isBlank()).toList();
        // rows keep their submitted positions (error keys and the binder's paths refer to them); blank rows are skipped when used
        components = components == null ? List.of() : components;
    }

    /** One component row; a row left empty is ignored. */
    record ComponentForm(
            @Size(max = NAME) String nameAr,
            @Size(max = NAME) String nameEn,
            @Size(max = NAME) String nameFr,
            @Size(max = 40) String latitude,
            @Size(max = 40) String longitude,
            @Size(max = 40) String areaHectares) {

        boolean blank() {
            return TextInput.line(nameAr) == null && TextInput.line(nameEn) == null && TextInput.line(nameFr) == null
                    && TextInput.line(latitude) == null && TextInput.line(longitude) == null && TextInput.line(areaHectares) == null;
        }

        /** The component; only called once {@link FormNumbers} found every number valid. */
        ComponentDraft draft() {
            return new ComponentDraft(new LocalizedText(TextInput.line(nameAr), TextInput.line(nameEn), TextInput.line(nameFr)),
                    FormNumbers.decimal(latitude).map(BigDecimal::doubleValue).orElse(null),
                    FormNumbers.decimal(longitude).map(BigDecimal::doubleValue).orElse(null),
                    FormNumbers.decimal(areaHectares).orElse(null));
        }

        static ComponentForm of(Component component) {
            LocalizedText name = component.name();
            return new ComponentForm(name.getAr(), name.getEn(), name.getFr(), FormNumbers.text(component.latitude()),
                    FormNumbers.text(component.longitude()), FormNumbers.text(component.areaHectares()));
        }
    }

    static ItemForm empty() {
        return new ItemForm(null, null, null, null, null, null, null, null, null, null, List.of(), List.of(), null, null, null,
                null, List.of(), null);
    }

    static ItemForm of(HeritageItem item) {
        List<ComponentForm> components = new ArrayList<>();
        item.components().forEach(component -> components.add(ComponentForm.of(component)));
        return new ItemForm(item.kind().name(), item.name().getAr(), item.name().getEn(), item.name().getFr(),
                item.description().markup().getAr(), item.description().markup().getEn(), item.description().markup().getFr(),
                item.justification().markup().getAr(), item.justification().markup().getEn(), item.justification().markup().getFr(),
                item.states(), item.criteria().stream().map(Criterion::key).toList(), FormNumbers.text(item.latitude()),
                FormNumbers.text(item.longitude()), FormNumbers.text(item.areaHectares()), FormNumbers.text(item.inscriptionYear()),
                components, item.version());
    }

    /** The kind, when it is one. */
    java.util.Optional<HeritageKind> kindValue() {
        for (HeritageKind value : HeritageKind.values()) {
            if (value.name().equals(kind)) {
                return java.util.Optional.of(value);
            }
        }
        return java.util.Optional.empty();
    }

    LocalizedText name() {
        return new LocalizedText(TextInput.line(nameAr), TextInput.line(nameEn), TextInput.line(nameFr));
    }

    RichText description() {
        return new RichText(descriptionAr, descriptionEn, descriptionFr);
    }

    RichText justification() {
        return new RichText(justificationAr, justificationEn, justificationFr);
    }

    List<ComponentDraft> componentDrafts() {
        return components.stream().filter(ItemForm::filled).map(ComponentForm::draft).toList();
    }

    static boolean filled(ComponentForm component) {
        return component != null && !component.blank();
    }

    /** The value of a text field by its base name and language, for the side-by-side template. */
    public String text(String field, Language language) {
        return switch (field + "." + language.tag()) {
            case "name.ar" -> nameAr;
            case "name.en" -> nameEn;
            case "name.fr" -> nameFr;
            case "description.ar" -> descriptionAr;
            case "description.en" -> descriptionEn;
            case "description.fr" -> descriptionFr;
            case "justification.ar" -> justificationAr;
            case "justification.en" -> justificationEn;
            case "justification.fr" -> justificationFr;
            default -> throw new IllegalArgumentException(field);
        };
    }
}
