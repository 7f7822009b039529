package org.turath.web;

import org.turath.shared.LocalizedText;
import org.turath.shared.Refusal;
import org.turath.shared.TextInput;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What a photograph's form gives beside its file, wherever people add photographs (a condition report, a funded
 * project): when it was taken (optional, never in the future), who took it (its credit, required) and a caption in at
 * least one language, which is also its alternative text. A field that does not fit is refused as
 * {@code <area>.problem.photo-date}, {@code photo-credit} or {@code photo-caption}.
 */
public record PhotoDetails(LocalDate takenOn, String credit, LocalizedText caption) {

    public static final int CREDIT_MAX = 200;
    public static final int CAPTION_MAX = 300;

    public static PhotoDetails read(String area, String takenOn, String credit, Trilingual caption, LocalDate today) {
        LocalDate taken = null;
        if (TextInput.line(takenOn) != null) {
            try {
                taken = LocalDate.parse(takenOn.strip());
            } catch (DateTimeParseException e) {
                throw new Refusal(area, "photo-date");
            }
            if (taken.isAfter(today) || taken.getYear() < 1850) {
                throw new Refusal(area, "photo-date");
            }
        }
        String line = TextInput.line(credit);
        if (line == null || line.length() > CREDIT_MAX) {
            throw new Refusal(area, "photo-credit");
        }
        Trilingual text = Trilingual.orEmpty(caption);
        if (text.line().isEmpty() || text.longerThan(CAPTION_MAX)) {
            throw new Refusal(area, "photo-caption");
        }
        return new PhotoDetails(taken, line, text.line());
    }
}
