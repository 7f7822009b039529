package org.turath.nominations.internal;

import org.springframework.stereotype.Component;
import org.turath.geo.CountryInfo;
import org.turath.geo.GeoApi;
import org.turath.nominations.domain.DossierForm;
import org.turath.nominations.domain.NominationFile;
import org.turath.nominations.domain.NominationVersion;
import org.turath.shared.Language;
import org.turath.documents.PdfRenderer;

import java.util.List;
import java.util.Map;

/**
 * The dossier of a submitted version as a PDF: a title page, then every section with its fields in
 * the languages they were written in, rendered by the shared {@link PdfRenderer}.
 */
@Component
public class DossierPdf {

    private final PdfRenderer renderer;
    private final GeoApi geo;

    DossierPdf(PdfRenderer renderer, GeoApi geo) {
        this.renderer = renderer;
        this.geo = geo;
    }

    /** An image of the dossier (a map or photograph) as the PDF embeds it. */
    public record Figure(String uri, String kind, String caption) {
    }

    /** The PDF of {@code version} of {@code file} with its maps and photographs, its labels in {@code language}. */
    public byte[] render(NominationFile file, NominationVersion version, List<Figure> figures, Language language) {
        Map<String, CountryInfo> countries = geo.countries(file.allStates());
        return render("nominations/pdf/dossier", language, Map.of("file", file, "version", version, "texts", version.texts(),
                "sections", DossierForm.sections(file.kind()), "countries", countries, "figures", figures));
    }

    /** The minutes of a Committee session: its decisions, in their order. */
    public byte[] minutes(org.turath.nominations.domain.CommitteeSession session, List<CommitteeDesk.PublicDecision> decisions,
                          Language language) {
        java.util.Set<String> states = new java.util.HashSet<>();
        decisions.forEach(d -> states.addAll(d.states()));
        return render("nominations/pdf/minutes", language, Map.of("meeting", session, "decisions", decisions,
                "countries", geo.countries(states)));
    }

    private byte[] render(String template, Language language, Map<String, Object> variables) {
        return renderer.render(template, language, variables);
    }
}
