package org.turath.risk.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.turath.documents.PdfRenderer;
import org.turath.shared.Language;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The guide for protecting heritage in times of crisis, as structured content in three languages
 * ({@code risk/emergency-guide.json}): the preparedness list and the three steps of first aid to heritage, each with its
 * checklist. Read once; its printable PDF is drawn once per language.
 */
@Component
class EmergencyGuide {

    /** The guide: its version (part of the offline cache's name and of the ticks kept on a phone) and its parts. */
    record Guide(String version, List<Part> parts) {
    }

    /** A part: the preparedness list or one of the three steps. */
    record Part(String id, Map<String, String> title, Map<String, String> intro, List<Check> checks) {

        public String title(Language language) {
            return title.get(language.tag());
        }

        public String intro(Language language) {
            return intro.get(language.tag());
        }
    }

    /** A line of a checklist, to tick. */
    record Check(String id, String ar, String en, String fr) {

        public String text(Language language) {
            return switch (language) {
                case AR -> ar;
                case EN -> en;
                case FR -> fr;
            };
        }
    }

    private final Guide guide;
    private final PdfRenderer pdfs;
    private final Map<Language, byte[]> printed = new EnumMap<>(Language.class);

    EmergencyGuide(JsonMapper json, PdfRenderer pdfs) {
        this.pdfs = pdfs;
        try (InputStream in = new ClassPathResource("risk/emergency-guide.json").getInputStream()) {
            this.guide = json.readValue(in, Guide.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Part part : guide.parts()) {
            for (Language language : Language.values()) {
                if (part.title(language) == null || part.intro(language) == null
                        || part.checks().stream().anyMatch(check -> check.text(language) == null)) {
                    throw new IllegalStateException("The emergency guide lacks " + language + " text in " + part.id());
                }
            }
        }
    }

    Guide guide() {
        return guide;
    }

    /** The guide as one printable PDF in {@code language} (drawn on first request, then kept). */
    synchronized byte[] pdf(Language language) {
        return printed.computeIfAbsent(language, l -> pdfs.render("risk/pdf/guide", l, Map.of("guide", guide)));
    }
}
