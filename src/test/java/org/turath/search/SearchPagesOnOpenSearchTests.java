package org.turath.search;

import org.turath.support.opensearch.OnOpenSearch;

/** The search and map pages and the search API again, with the index in a real OpenSearch 2.19 node. */
@OnOpenSearch
class SearchPagesOnOpenSearchTests extends SearchPagesTests {

    @Override
    boolean indexOfThisNode() {
        return false;
    }
}
