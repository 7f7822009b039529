package org.turath.web;

import org.turath.shared.Language;

/**
 * A part of the home page that another module draws (the latest news, the coming trainings), so the
 * home page needs to know no module but its own. The home page includes
 * {@code ~{<template> :: section(content)}} for each, in {@link #order()}.
 */
public interface HomeSection {

    /** Where it goes among the sections: lower first. */
    int order();

    /** The template holding a fragment {@code section(content)}. */
    String template();

    /** What the fragment draws, read for {@code language}; empty sections are left out. */
    java.util.Optional<Object> content(Language language);

    /**
     * What the section shows now, as a short text that changes when it would (the home page is kept for
     * visitors while its sections' stamps stay the same); read at most once a second.
     */
    default String stamp() {
        return "";
    }

    /**
     * A section listing what {@code items} gives for a language (nothing shown when it gives nothing), whose stamp
     * {@code stamp} gives.
     */
    static HomeSection of(int order, String template, java.util.function.Supplier<String> stamp,
                          java.util.function.Function<Language, java.util.List<?>> items) {
        return new HomeSection() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public String template() {
                return template;
            }

            @Override
            public java.util.Optional<Object> content(Language language) {
                java.util.List<?> shown = items.apply(language);
                return shown.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(shown);
            }

            @Override
            public String stamp() {
                return stamp.get();
            }
        };
    }

    /** Published (inside the change's transaction) when what a section shows has changed, so the home page is drawn again. */
    record Changed() {
    }

    /** A section ready to draw. */
    record Drawn(String template, Object content) {
    }
}
