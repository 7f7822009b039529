package org.turath.partners.web;

import jakarta.validation.constraints.Size;
import org.turath.partners.PartnerKind;
import org.turath.partners.domain.Partner;
import org.turath.shared.LocalizedText;
import org.turath.shared.TextInput;
import org.turath.web.FormRecord;
import org.turath.web.Trilingual;

import java.util.Map;
import java.util.Set;

/**
 * A partner as its form posts it. The slug (the partner's address on the portal) may be left empty: it is then made
 * from the English name, or the acronym, written in plain Latin letters.
 */
record PartnerForm(String version, String submission, String slug, Trilingual name,
                   @Size(max = 30, message = "partners.error.too-long") String acronym, String kind, String country,
                   @Size(max = 500, message = "partners.error.too-long") String website, Trilingual summary,
                   @Size(max = 4000, message = "partners.error.too-long") String contacts) implements FormRecord {

    private static final int NAME_MAX = 300;
    private static final int SUMMARY_MAX = 4000;

    static PartnerForm empty() {
        return new PartnerForm(null, null, null, null, null, null, null, null, null, null);
    }

    static PartnerForm of(Partner partner) {
        Partner.Details d = partner.details();
        return new PartnerForm(String.valueOf(partner.version()), null, d.slug(), Trilingual.of(d.name()), d.acronym(),
                d.kind().name(), d.country(), d.website(), Trilingual.of(d.summary()), d.contacts());
    }

    /** What the form says, checked against {@code countries} (ISO codes); each problem goes into {@code errors}. */
    Partner.Details read(Set<String> countries, Map<String, String> errors) {
        Trilingual names = Trilingual.orEmpty(name);
        LocalizedText nameText = names.line();
        if (nameText.isEmpty()) {
            errors.put("name", "partners.error.name");
        } else if (names.longerThan(NAME_MAX)) {
            errors.put("name", "partners.error.too-long");
        }
        String acronymText = TextInput.line(acronym);
        String slugText = TextInput.line(slug);
        if (slugText == null) {
            slugText = slugOf(nameText.in(org.turath.shared.Language.EN).orElse(acronymText));
        }
        if (!org.turath.web.Slugs.valid(slugText)) {
            errors.put("slug", "partners.error.slug");
        }
        PartnerKind kindValue = null;
        try {
            kindValue = kind == null ? null : PartnerKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (kindValue == null) {
            errors.put("kind", "partners.error.required");
        }
        String countryCode = TextInput.line(country);
        if (countryCode != null && !countries.contains(countryCode)) {
            errors.put("country", "partners.error.country");
        }
        String site = TextInput.line(website);
        if (site != null && !TextInput.webAddress(site)) {
            errors.put("website", "partners.error.website");
        }
        Trilingual summaries = Trilingual.orEmpty(summary);
        if (summaries.longerThan(SUMMARY_MAX)) {
            errors.put("summary", "partners.error.too-long");
        }
        LocalizedText summaryText = new LocalizedText(TextInput.block(summaries.ar()), TextInput.block(summaries.en()),
                TextInput.block(summaries.fr()));
        return new Partner.Details(slugText, nameText, acronymText, kindValue, countryCode, site, summaryText, TextInput.block(contacts));
    }

    /** A name in plain lower-case Latin letters and digits, words joined by hyphens; null when nothing is left. */
    static String slugOf(String text) {
        return org.turath.web.Slugs.of(text);
    }
}
