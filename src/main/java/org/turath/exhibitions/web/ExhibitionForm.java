package org.turath.exhibitions.web;

import jakarta.validation.constraints.Size;
import org.turath.exhibitions.ExhibitionKind;
import org.turath.exhibitions.domain.Exhibition;
import org.turath.shared.LocalizedText;
import org.turath.shared.RequestParameters;
import org.turath.shared.TextInput;
import org.turath.web.FormFields;
import org.turath.web.FormRecord;
import org.turath.web.Slugs;
import org.turath.web.Trilingual;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * An exhibition's own fields as its form posts them. The organising museum is named by its address on the portal (a
 * curator must name one of theirs; the secretariat may leave it empty for the centre's own exhibitions); the
 * exhibition's address may be left empty, then made from its English or French title.
 */
record ExhibitionForm(String version, String submission, @Size(max = 80, message = "exhibitions.error.reference") String reference,
                      String kind, @Size(max = 80, message = "exhibitions.error.museum") String museum,
                      Trilingual title, Trilingual introduction, String rightToLeft,
                      @Size(max = 2000, message = "exhibitions.error.too-long") String sources,
                      String demonstration) implements FormRecord {

    static ExhibitionForm empty(String museum) {
        return new ExhibitionForm(null, null, null, ExhibitionKind.VIRTUAL.name(), museum, null, null, null, null, null);
    }

    static ExhibitionForm of(Exhibition exhibition, String museumReference) {
        Exhibition.Details d = exhibition.details();
        return new ExhibitionForm(String.valueOf(exhibition.version()), null, d.reference(), d.kind().name(), museumReference,
                Trilingual.of(d.title()), Trilingual.of(d.introduction()), d.rightToLeft() ? "true" : null, d.sources(),
                d.demonstration() ? "true" : null);
    }

    /** What the form says; {@code museums} finds a museum's id by its address. Problems go into {@code errors}. */
    Exhibition.Details read(Function<String, Optional<UUID>> museums, Map<String, String> errors) {
        Optional<ExhibitionKind> kindValue = RequestParameters.named(ExhibitionKind.class, kind);
        if (kindValue.isEmpty()) {
            errors.put("kind", "exhibitions.error.kind");
        }
        UUID museumId = null;
        String museumText = TextInput.line(museum);
        if (museumText != null) {
            String typed = museumText.toLowerCase(Locale.ROOT);
            museumId = (Slugs.valid(typed) ? museums.apply(typed) : Optional.<UUID>empty()).orElse(null);
            if (museumId == null) {
                errors.put("museum", "exhibitions.error.museum");
            }
        }
        LocalizedText titleText = FormFields.line(errors, "title", title, 300, "exhibitions.error.too-long");
        if (titleText.isEmpty() && !errors.containsKey("title")) {
            errors.put("title", "exhibitions.error.title");
        }
        LocalizedText introductionText = FormFields.block(errors, "introduction", introduction, 8000, "exhibitions.error.too-long");
        String referenceText = TextInput.line(reference);
        if (referenceText == null) {
            referenceText = Slugs.of(titleText.resolve(org.turath.shared.Language.EN).map(org.turath.shared.Localized::text).orElse(""));
        } else {
            referenceText = referenceText.toLowerCase(Locale.ROOT);
        }
        if (!Slugs.valid(referenceText)) {
            errors.put("reference", "exhibitions.error.reference");
        }
        return new Exhibition.Details(referenceText, kindValue.orElse(ExhibitionKind.VIRTUAL), museumId, titleText, introductionText,
                "true".equals(rightToLeft), TextInput.block(sources), "true".equals(demonstration));
    }
}
