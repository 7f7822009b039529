/**
 * Search across all public content: Arabic-, French- and English-aware full text, facets, autocomplete
 * and geography, on Hibernate Search (embedded Lucene by default, Elasticsearch/OpenSearch by configuration).
 */
package org.turath.search;
