/**
 * The dashboard: one public page that gathers every module's figures (each a chart with the same numbers as a table
 * and a CSV download), filtered by member state and period. Modules contribute figures through {@link
 * org.turath.figures.FigureSource}; the page knows none of them. Owns no table.
 */
package org.turath.figures;
