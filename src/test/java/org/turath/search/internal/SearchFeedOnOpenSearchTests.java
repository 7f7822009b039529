package org.turath.search.internal;

import org.turath.support.opensearch.OnOpenSearch;

/** The change log and its feed again, feeding a shared index in a real OpenSearch node (position in the database). */
@OnOpenSearch
class SearchFeedOnOpenSearchTests extends SearchFeedTests {
}
