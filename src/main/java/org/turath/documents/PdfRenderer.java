package org.turath.documents;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.turath.shared.Language;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * Thymeleaf templates rendered to PDF. Arabic is shaped and laid out right to left (ICU bidi), with
 * fonts shipped in the project so every machine renders the same document. Images are only ever the
 * portal's own: stored files ({@code file:} URIs its modules build) and {@code data:} URIs; nothing is
 * fetched from outside.
 */
@Component
public class PdfRenderer {

    private static final String[][] FONTS = {
            {"fonts/NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", "400"},
            {"fonts/NotoNaskhArabic-Bold.ttf", "Noto Naskh Arabic", "700"},
            {"fonts/NotoSans-Regular.ttf", "Noto Sans", "400"},
            {"fonts/NotoSans-Bold.ttf", "Noto Sans", "700"}};

    private final ITemplateEngine templates;

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** {@code template} with {@code variables} (and {@code language}) as a PDF, its text running in the language's direction. */
    public byte[] render(String template, Language language, Map<String, Object> variables) {
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
            builder.useUriResolver((base, uri) -> uri != null && (uri.startsWith("file:") || uri.startsWith("data:")) ? uri : null);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The document could not be rendered", e);
        }
        return out.toByteArray();
    }
}
