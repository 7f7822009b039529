package org.turath.registry;

import org.turath.shared.Language;

import java.util.Optional;

/**
 * A part of a heritage item's public page that another module draws (its state of conservation, say), so the page
 * needs to know no module but its own. The page includes {@code ~{<template> :: section(content)}} for each, in
 * {@link #order()}, after the item's status history. The item's kept page changes with {@link #stamp}; the module
 * forgets the item's kept pages ({@code /<lang>/heritage/<reference>}) when what its section shows changes.
 */
public interface HeritageSection {

    /** Where it goes among the sections: lower first. */
    int order();

    /** The template holding a fragment {@code section(content)}. */
    String template();

    /** What the fragment draws for the item {@code reference}, read for {@code language}; empty sections are left out. */
    Optional<Object> content(String reference, Language language);

    /** What the section shows now for the item, as a short text that changes when it would. */
    String stamp(String reference);

    /**
     * The id of the section's heading and the message key of a link to it, shown beside the item's status when the
     * section is drawn (the state of conservation beside "in danger"); null for none.
     */
    default String anchor() {
        return null;
    }

    default String linkKey() {
        return null;
    }

    /**
     * What a module's section shows for the item {@code reference} changed, published (in the changing transaction) by
     * the module so that the item's kept pages, and pages that show the item's sections elsewhere — the Al-Quds
     * observatory shows the Old City's — are drawn again at once on this node.
     */
    record Changed(String reference) {
    }

    /** A section ready to draw on an item's page. */
    record Drawn(String template, Object content, String anchor, String linkKey) {
    }
}
