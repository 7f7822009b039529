package org.turath.figures;

import org.turath.shared.Language;

import java.util.List;

/**
 * A module's figures for the dashboard, counted in the database (aggregates, never whole tables in memory) for a
 * filter, with labels in the reader's language.
 */
public interface FigureSource {

    /** Where its figures go on the page: lower first. */
    int order();

    /** Its figures for {@code filter}; an empty figure is left out of the page. */
    List<Figure> figures(FigureFilter filter, Language language);
}
