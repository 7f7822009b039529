/**
 * Museums of the Islamic world: the directory (names, place, kind, opening hours, accessibility, the heritage items each
 * relates to) kept by the secretariat and by each museum's curators, published by the secretariat, shown in public with
 * filters, on its own pages and as a layer of the map.
 */
package org.turath.museums;
