package org.turath.nominations.domain;

import org.turath.shared.Language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How complete a dossier is: per section, the required fields filled; for the whole file, exactly
 * what is missing before it can be submitted. A three-language field counts as filled when one
 * language has it, and one language must have every required three-language field of the form.
 */
public record Completeness(Map<String, SectionState> sections, List<Missing> missing, Optional<Language> completeLanguage) {

    /** Filled and required fields of one section. */
    public record SectionState(int filled, int required) {

        public int percent() {
            return required == 0 ? 100 : filled * 100 / required;
        }

        public boolean complete() {
            return filled == required;
        }
    }

    /** What is missing: a field of a section, the components of a serial property, or a complete language. */
    public record Missing(String section, String field) {
    }

    public static final String LANGUAGE = "language";

    public boolean complete() {
        return missing.isEmpty();
    }

    /**
     * With the kinds of documents attached: the tangible forms need a map of the property, the
     * intangible one the communities' consent documents.
     */
    public static Completeness of(NominationFile file, java.util.Set<Attachment.Kind> attached) {
        Map<String, SectionState> sections = new LinkedHashMap<>();
        List<Missing> missing = new ArrayList<>();
        Map<Language, Integer> perLanguage = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            perLanguage.put(language, 0);
        }
        int requiredText3 = 0;

        // the identification the form always has: name (three languages), place, components
        int filled = 0;
        int required = 2;
        requiredText3++;
        if (!file.name().isEmpty()) {
            filled++;
            countLanguages(perLanguage, file.name().getAr(), file.name().getEn(), file.name().getFr());
        } else {
            missing.add(new Missing("identification", "name"));
        }
        if (located(file)) {
            filled++;
        } else {
            missing.add(new Missing("identification", file.serial() ? "components" : "coordinates"));
        }
        for (DossierForm.Section section : DossierForm.sections(file.kind())) {
            boolean identification = section.key().equals("identification");
            int sectionFilled = identification ? filled : 0;
            int sectionRequired = identification ? required : 0;
            for (DossierForm.Field field : section.fields()) {
                if (!field.required()) {
                    continue;
                }
                sectionRequired++;
                String key = section.key() + "." + field.key();
                boolean present;
                if (field.type() == DossierForm.Type.TEXT3) {
                    requiredText3++;
                    String ar = file.text(key + ".ar");
                    String en = file.text(key + ".en");
                    String fr = file.text(key + ".fr");
                    present = !(ar.isBlank() && en.isBlank() && fr.isBlank());
                    countLanguages(perLanguage, ar, en, fr);
                } else {
                    present = !file.text(key).isBlank();
                }
                if (present) {
                    sectionFilled++;
                } else {
                    missing.add(new Missing(section.key(), field.key()));
                }
            }
            sections.put(section.key(), new SectionState(sectionFilled, sectionRequired));
        }
        if (file.kind().intangible()) {
            required(sections, missing, "consent", "consentDocuments", attached.contains(Attachment.Kind.CONSENT));
        } else {
            required(sections, missing, "identification", "maps", attached.contains(Attachment.Kind.MAP));
        }
        int needed = requiredText3;
        Optional<Language> complete = perLanguage.entrySet().stream().filter(e -> e.getValue() == needed)
                .map(Map.Entry::getKey).findFirst();
        if (complete.isEmpty()) {
            missing.add(new Missing("identification", LANGUAGE));
        }
        return new Completeness(sections, List.copyOf(missing), complete);
    }

    private static void required(Map<String, SectionState> sections, List<Missing> missing, String section, String field,
                                 boolean present) {
        SectionState state = sections.getOrDefault(section, new SectionState(0, 0));
        sections.put(section, new SectionState(state.filled() + (present ? 1 : 0), state.required() + 1));
        if (!present) {
            missing.add(new Missing(section, field));
        }
    }

    private static boolean located(NominationFile file) {
        if (file.serial()) {
            return file.components().size() >= 2 && file.components().stream().allMatch(Part::located);
        }
        return file.place().latitude() != null && file.place().longitude() != null;
    }

    private static void countLanguages(Map<Language, Integer> perLanguage, String ar, String en, String fr) {
        if (ar != null && !ar.isBlank()) {
            perLanguage.merge(Language.AR, 1, Integer::sum);
        }
        if (en != null && !en.isBlank()) {
            perLanguage.merge(Language.EN, 1, Integer::sum);
        }
        if (fr != null && !fr.isBlank()) {
            perLanguage.merge(Language.FR, 1, Integer::sum);
        }
    }
}
