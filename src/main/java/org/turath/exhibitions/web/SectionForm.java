package org.turath.exhibitions.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.turath.exhibitions.domain.ExhibitionPiece;
import org.turath.exhibitions.domain.ExhibitionSection;
import org.turath.shared.LocalizedText;
import org.turath.shared.RequestParameters;
import org.turath.shared.TextInput;
import org.turath.web.FormFields;
import org.turath.web.FormRecord;
import org.turath.web.Trilingual;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A section as its form posts it: its title and narrative in three languages and the rows of what it shows, in order —
 * each the kind of piece, its reference (an object's address such as {@code warka-vase}, a heritage item's such as
 * {@code UNESCO-1153}) and a caption. A row without a reference is left out; the form always offers a few empty rows.
 */
record SectionForm(String version, Trilingual title, Trilingual narrative,
                   @Valid @Size(max = ExhibitionSection.MAX_PIECES + SectionForm.SPARE, message = "exhibitions.error.many-pieces")
                   List<PieceForm> pieces) implements FormRecord {

    /** Empty rows offered beyond the section's pieces. */
    static final int SPARE = 4;
    private static final String OBJECT_REFERENCE = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final String HERITAGE_REFERENCE = "[A-Z]{2,5}-\\d{1,8}";

    /** One row of what the section shows. */
    record PieceForm(String kind, @Size(max = 80, message = "exhibitions.error.piece") String reference, Trilingual caption) {
    }

    static SectionForm empty(long version) {
        return new SectionForm(String.valueOf(version), null, null, spare(new ArrayList<>()));
    }

    static SectionForm of(ExhibitionSection section, long version) {
        List<PieceForm> rows = new ArrayList<>();
        for (ExhibitionPiece piece : section.pieces()) {
            rows.add(new PieceForm(piece.kind().name(), piece.reference(), Trilingual.of(piece.caption())));
        }
        return new SectionForm(String.valueOf(version), Trilingual.of(section.title()), Trilingual.of(section.narrative()), spare(rows));
    }

    /** The same form with its empty rows topped up, to show it again. */
    SectionForm withSpareRows() {
        List<PieceForm> rows = new ArrayList<>();
        for (PieceForm row : rows()) {
            if (TextInput.line(row.reference()) != null || !Trilingual.orEmpty(row.caption()).line().isEmpty()) {
                rows.add(row);
            }
        }
        return new SectionForm(version, title, narrative, spare(rows));
    }

    public List<PieceForm> rows() {
        return pieces == null ? List.of() : pieces.stream().map(p -> p == null ? new PieceForm(null, null, null) : p).toList();
    }

    private static List<PieceForm> spare(List<PieceForm> rows) {
        for (int i = 0; i < SPARE && rows.size() < ExhibitionSection.MAX_PIECES; i++) {
            rows.add(new PieceForm(ExhibitionPiece.Kind.OBJECT.name(), null, null));
        }
        return rows;
    }

    /** What the form says; each problem goes into {@code errors} (field, message key), a row's as {@code pieces[i]}. */
    ExhibitionSection.Draft read(Map<String, String> errors) {
        LocalizedText titleText = FormFields.line(errors, "title", title, 300, "exhibitions.error.too-long");
        if (titleText.isEmpty() && !errors.containsKey("title")) {
            errors.put("title", "exhibitions.error.section-title");
        }
        LocalizedText narrativeText = FormFields.block(errors, "narrative", narrative, 12000, "exhibitions.error.too-long");
        List<ExhibitionPiece.Draft> drafts = new ArrayList<>();
        List<PieceForm> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            PieceForm row = rows.get(i);
            String field = "pieces[" + i + "]";
            String reference = TextInput.line(row.reference());
            LocalizedText caption = FormFields.line(errors, field, Trilingual.orEmpty(row.caption()), 1000, "exhibitions.error.too-long");
            if (reference == null) {
                if (!caption.isEmpty()) {
                    errors.put(field, "exhibitions.error.piece");
                }
                continue;
            }
            Optional<ExhibitionPiece.Kind> kind = RequestParameters.named(ExhibitionPiece.Kind.class, row.kind());
            String normalised = kind.filter(k -> k == ExhibitionPiece.Kind.HERITAGE).isPresent()
                    ? reference.toUpperCase(Locale.ROOT) : reference.toLowerCase(Locale.ROOT);
            String pattern = kind.filter(k -> k == ExhibitionPiece.Kind.HERITAGE).isPresent() ? HERITAGE_REFERENCE : OBJECT_REFERENCE;
            if (kind.isEmpty() || normalised.length() > 80 || !normalised.matches(pattern)) {
                errors.put(field, "exhibitions.error.piece");
                continue;
            }
            drafts.add(new ExhibitionPiece.Draft(kind.get(), normalised, caption));
        }
        if (drafts.size() > ExhibitionSection.MAX_PIECES) {
            errors.put("pieces", "exhibitions.error.many-pieces");
        }
        return new ExhibitionSection.Draft(titleText, narrativeText, drafts);
    }
}
