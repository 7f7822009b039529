package org.turath.learning.internal;

import org.springframework.stereotype.Component;
import org.turath.learning.domain.Activity;
import org.turath.learning.domain.Registration;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.documents.PdfRenderer;
import org.turath.documents.QrCodes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/**
 * A participant's certificate of attendance, in the language they registered in: their name, the
 * activity, its dates, and the code with a QR code of the public page that verifies it.
 */
@Component
public class CertificatePdf {

    private final PdfRenderer renderer;
    private final TrainingDesk desk;

    CertificatePdf(PdfRenderer renderer, TrainingDesk desk) {
        this.renderer = renderer;
        this.desk = desk;
    }

    public byte[] render(Registration registration, Activity activity) {
        if (!registration.hasCertificate()) {
            throw new NotFoundException("certificate");
        }
        Language language = registration.language();
        String url = desk.verificationUrl(registration.certificateCode(), language);
        return renderer.render("learning/pdf/certificate", language, Map.of("name", registration.fullName(), "activity", activity,
                "code", registration.certificateCode(), "verifyUrl", url, "qr", QrCodes.pngDataUri(url, 6),
                "dates", dates(activity, language)));
    }

    /** The activity's days in its own time zone, as the language writes dates. */
    static String dates(Activity activity, Language language) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        LocalDate from = activity.startsAt().atZone(activity.timeZone()).toLocalDate();
        LocalDate to = activity.endsAt().atZone(activity.timeZone()).toLocalDate();
        return from.equals(to) ? format.format(from) : format.format(from) + " – " + format.format(to);
    }
}
