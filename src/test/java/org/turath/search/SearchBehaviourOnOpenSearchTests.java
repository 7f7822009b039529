package org.turath.search;

import org.turath.support.opensearch.OnOpenSearch;

/** Every search behaviour again, with the index in a real OpenSearch 2.19 node instead of embedded Lucene. */
@OnOpenSearch
class SearchBehaviourOnOpenSearchTests extends SearchBehaviourTests {
}
