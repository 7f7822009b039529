package org.turath.search;

/** An autocomplete suggestion: a name in the reader's language (or its fallback) and what it names. */
public record Suggestion(String reference, String name, String lang) {
}
