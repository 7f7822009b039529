package org.turath.risk.domain;

import org.turath.risk.Vocabulary;
import org.turath.shared.LocalizedText;

/**
 * A term of a vocabulary: its code ("9.4", "very-bad"), its parent for a secondary factor ("9"), its labels, and
 * whether a later version of the vocabulary retired it (a retired term still names what old reports say, but is not
 * offered for new ones).
 */
public record Term(Vocabulary vocabulary, String code, String parent, int position, LocalizedText label, int addedIn,
                   Integer retiredIn) {

    public boolean current() {
        return retiredIn == null;
    }

    /** A primary factor, or a term of a flat vocabulary. */
    public boolean primary() {
        return parent == null;
    }
}
