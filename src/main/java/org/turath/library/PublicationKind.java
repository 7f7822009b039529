package org.turath.library;

/** What sort of publication it is. */
public enum PublicationKind {
    GUIDE, REPORT, PROCEEDINGS, TRAINING_MATERIAL, BOOK, ARTICLE, OTHER
}
