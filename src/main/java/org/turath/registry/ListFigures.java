package org.turath.registry;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The published List in figures, for decision-makers: the totals, each state's items (a transnational item counts for
 * each of its states) with those in danger, most first, and the inscriptions per decade and kind.
 */
public record ListFigures(RegistryStatistics totals, List<State> states, SortedMap<Integer, Map<HeritageKind, Long>> byDecade) {

    public record State(String iso2, long items, long inDanger) {
    }
}
