package org.turath.web;

import org.turath.shared.Language;

import java.util.Optional;

/**
 * A part of the "In figures" page that another module draws (the List by kind, decade and state), so that the page
 * needs to know no module but its own. Drawn like the home page's sections: {@code ~{<template> :: section(content)}},
 * in {@link #order()}, before the page's own figures.
 */
public interface FiguresSection {

    /** Where it goes among the sections: lower first. */
    int order();

    /** The template holding a fragment {@code section(content)}. */
    String template();

    /** What the fragment draws, read for {@code language}; empty sections are left out. */
    Optional<Object> content(Language language);

    /** The sections ready to draw, in their order. */
    static java.util.List<HomeSection.Drawn> drawn(java.util.List<FiguresSection> sections, Language language) {
        return sections.stream().sorted(java.util.Comparator.comparingInt(FiguresSection::order))
                .flatMap(section -> section.content(language).map(content -> new HomeSection.Drawn(section.template(), content)).stream())
                .toList();
    }
}
