package org.turath.nominations.internal;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.turath.geo.CountryInfo;
import org.turath.geo.GeoApi;
import org.turath.nominations.domain.DossierForm;
import org.turath.nominations.domain.NominationFile;
import org.turath.nominations.domain.NominationVersion;
import org.turath.shared.Language;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dossier of a submitted version as a PDF: a title page, then every section with its fields in
 * the languages they were written in. Arabic is shaped and laid out right to left (ICU bidi), with
 * fonts shipped in the project so every machine renders the same document.
 */
@Component
public class DossierPdf {

    private static final String[][] FONTS = {
            {"fonts/NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", "400"},
            {"fonts/NotoNaskhArabic-Bold.ttf", "Noto Naskh Arabic", "700"},
            {"fonts/NotoSans-Regular.ttf", "Noto Sans", "400"},
            {"fonts/NotoSans-Bold.ttf", "Noto Sans", "700"}};

    private final ITemplateEngine templates;
    private final GeoApi geo;

    DossierPdf(ITemplateEngine templates, GeoApi geo) {
        this.templates = templates;
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
    public byte[] minutes(org.turath.nominations.domain.CommitteeSession session, List<NominationDesk.PublicDecision> decisions,
                          Language language) {
        java.util.Set<String> states = new java.util.HashSet<>();
        decisions.forEach(d -> states.addAll(d.states()));
        return render("nominations/pdf/minutes", language, Map.of("meeting", session, "decisions", decisions,
                "countries", geo.countries(states)));
    }

    private byte[] render(String template, Language language, Map<String, Object> variables) {
        Context context = new Context(language.locale());
        variables.forEach(context::setVariable);
        context.setVariable("language", language);
        String html = templates.process(template, context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (String[] font : FONTS) {
                ClassPathResource resource = new ClassPathResource(font[0]);
                builder.useFont(() -> {
                    try {
                        return resource.getInputStream();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, font[1], Integer.valueOf(font[2]), BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(Locale.ROOT));
            builder.defaultTextDirection(language.rightToLeft() ? BaseRendererBuilder.TextDirection.RTL : BaseRendererBuilder.TextDirection.LTR);
            // images are only ever the portal's own stored files (file: URIs the desk builds), nothing fetched from outside
            builder.useUriResolver((base, uri) -> uri != null && uri.startsWith("file:") ? uri : null);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The dossier could not be rendered", e);
        }
        return out.toByteArray();
    }
}
