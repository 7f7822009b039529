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

    /** A section ready to draw. */
    record Drawn(String template, Object content) {
    }
}
