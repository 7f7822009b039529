package org.turath.search;

import org.turath.shared.Html;
import org.turath.shared.LocalizedText;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One page of results, the total, the facets (counted from the index) and the next page's cursor. */
public record SearchResult(List<Hit> hits, long total, Map<String, List<FacetCount>> facets, Optional<String> nextCursor) {

    /** The facets, in the order pages show them. */
    public static final List<String> FACETS = List.of("type", "kind", "status", "state", "region", "criterion", "decade", "danger");

    /**
     * A found document. {@code nameHighlight} and {@code snippet} are HTML: the text escaped, only the
     * matched words in {@code <mark>}; null when nothing in the reader's language matched.
     */
    public record Hit(String type, String reference, LocalizedText name, Html nameHighlight, Html snippet, String snippetLang,
                      String kind, String status, List<String> states, Integer year, Double latitude, Double longitude) {

        /** The address of the result's public page, without its language: {@code /heritage/IWH-0042}, {@code /museums/…}. */
        public String page() {
            String kind = switch (type) {
                case "PUBLICATION" -> "/publications/";
                case "MUSEUM" -> "/museums/";
                case "OBJECT" -> "/collections/";
                case "EXHIBITION" -> "/exhibitions/";
                default -> "/heritage/";
            };
            return kind + reference;
        }
    }

    /** A facet value and how many results it has with the current filters. */
    public record FacetCount(String value, long count, boolean selected) {
    }

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
