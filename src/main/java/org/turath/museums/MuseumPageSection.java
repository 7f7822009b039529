package org.turath.museums;

import org.turath.shared.Language;

import java.util.Optional;

/**
 * A part of a museum's public page that another module draws — its objects, the alerts about what was stolen from it —
 * so the museums module knows none of them. A section with nothing to show for a museum is left out. Museum pages are
 * kept for visitors: {@link #stamp} says what, anywhere, would change a section, and the kept pages are drawn again
 * when it changes.
 */
public interface MuseumPageSection {

    /** Where the section comes, smaller first. */
    int order();

    /** The template holding the fragment {@code section(content)}. */
    String template();

    /** What the fragment shows for the museum, in {@code language}; empty when there is nothing to show. */
    Optional<Object> content(MuseumId museum, String museumReference, Language language);

    /** A short text that changes whenever any museum's section would: a count and a latest change, say. */
    String stamp();

    /** A section as the page draws it. */
    record Drawn(String template, Object content) {
    }
}
