package org.turath.library;

import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.RichText;

import java.util.UUID;

/**
 * A publication was saved, published, withdrawn or given a new file: what search needs to keep its
 * document in step. {@code text} is the text read from the PDF, in the publication's {@code language}.
 */
public record PublicationChanged(UUID id, boolean published, PublicationKind kind, LocalizedText title, RichText summary,
                                 Language language, String text, Integer year) {
}
